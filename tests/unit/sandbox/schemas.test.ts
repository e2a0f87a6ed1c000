import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { openSandbox, type Client } from './client';

let sandbox: Sandbox;
let api: Client;
beforeAll(async () => ({ sandbox, api } = await openSandbox()));
afterAll(() => sandbox.close());

type Prop = {
  name: string;
  type: string;
  fieldType: string;
  calculated: boolean;
  hubspotDefined?: boolean;
  modificationMetadata: { readOnlyValue: boolean; archivable: boolean; readOnlyDefinition: boolean };
};
const byName = (results: Prop[]) => new Map(results.map((p) => [p.name, p]));

describe('properties', () => {
  it('tells writable, read-only and calculated contact properties apart', async () => {
    const reply = await api.get('/crm/v3/properties/contacts');
    expect(reply.status).toBe(200);
    const props = byName(reply.body.results);
    expect(props.get('email')).toMatchObject({
      type: 'string',
      fieldType: 'text',
      hubspotDefined: true,
      calculated: false,
      modificationMetadata: { readOnlyValue: false },
    });
    for (const name of ['hs_object_id', 'lastmodifieddate', 'hs_email_domain'])
      expect(props.get(name)?.modificationMetadata.readOnlyValue).toBe(true);
    expect(props.get('num_associated_deals')).toMatchObject({ calculated: true, modificationMetadata: { readOnlyValue: true } });
    expect(props.get('lifecyclestage')?.type).toBe('enumeration');
  });

  it('marks deal probability calculated and custom-object properties as portal-defined', async () => {
    const deals = byName((await api.get('/crm/v3/properties/deals')).body.results);
    expect(deals.get('hs_deal_stage_probability')).toMatchObject({ calculated: true, modificationMetadata: { readOnlyValue: true } });
    const machines = byName((await api.get('/crm/v3/properties/2-7357311')).body.results);
    expect(machines.get('serial_number')?.hubspotDefined).toBeUndefined();
    expect(machines.get('serial_number')?.modificationMetadata).toEqual({
      archivable: true,
      readOnlyDefinition: false,
      readOnlyValue: false,
    });
    expect((await api.get('/crm/v3/properties/contacts/email')).body.name).toBe('email');
  });

  it('derives calculated values from live data', async () => {
    const deal = sandbox.store.listRecords('deals').find((d) => d.properties.dealstage === 'closedwon')!;
    const reply = await api.get(`/crm/v3/objects/deals/${deal.id}?properties=hs_deal_stage_probability`);
    expect(reply.body.properties.hs_deal_stage_probability).toBe('1');
  });
});

describe('pipelines', () => {
  it('has two deal pipelines with ordered stages, the default one with closedwon / closedlost', async () => {
    const reply = await api.get('/crm/v3/pipelines/deals');
    const [sales, partner] = reply.body.results;
    expect(sales).toMatchObject({ id: 'default', label: 'Sales Pipeline', displayOrder: 0, archived: false });
    expect(sales.stages).toHaveLength(7);
    expect(sales.stages.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['closedwon', 'closedlost']));
    expect(sales.stages.find((s: { id: string }) => s.id === 'closedwon').metadata).toEqual({ isClosed: 'true', probability: '1' });
    expect(partner.label).toBe('Partner pipeline');
  });

  it('has one ticket pipeline "0" with stages 1..4 and ticket states', async () => {
    const reply = await api.get('/crm/v3/pipelines/tickets');
    expect(reply.body.results).toHaveLength(1);
    const [pipeline] = reply.body.results;
    expect(pipeline.id).toBe('0');
    expect(pipeline.stages.map((s: { id: string }) => s.id)).toEqual(['1', '2', '3', '4']);
    expect(pipeline.stages[3].metadata.ticketState).toBe('CLOSED');
    expect((await api.get('/crm/v3/pipelines/tickets/0/stages')).body.results).toHaveLength(4);
  });

  it('answers 400 for object types without pipelines', async () => {
    expect((await api.get('/crm/v3/pipelines/contacts')).status).toBe(400);
  });

  it('seeds deals and tickets on valid pipeline stages', () => {
    const stages = new Map<string, Set<string>>();
    for (const p of sandbox.store.pipelines('deals')) stages.set(p.id, new Set(p.stages.map((s) => s.id)));
    for (const deal of sandbox.store.listRecords('deals'))
      expect(stages.get(deal.properties.pipeline!)?.has(deal.properties.dealstage!)).toBe(true);
    for (const ticket of sandbox.store.listRecords('tickets')) expect(['1', '2', '3', '4']).toContain(ticket.properties.hs_pipeline_stage);
  });
});
