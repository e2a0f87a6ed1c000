import type { Sandbox } from '../sandbox/server';

/**
 * Tops a stage of the Sales Pipeline up to `size` deals, each linked to a contact and (Primary) to
 * a company, as seeded deals are; `namePrefix` tells the journeys' deals apart, `baseAmount` their amounts.
 */
export function fillStage(sandbox: Sandbox, stage: string, size: number, namePrefix: string, baseAmount: number): void {
  const store = sandbox.store;
  const existing = store.listRecords('0-3').filter((d) => d.properties.pipeline === 'default' && d.properties.dealstage === stage).length;
  const contacts = store.listRecords('0-1');
  const companies = store.listRecords('0-2');
  const toContact = store.associationTypes.find('0-3', 'HUBSPOT_DEFINED', 3, '0-1')!;
  const primary = store.associationTypes.find('0-3', 'HUBSPOT_DEFINED', 5, '0-2')!;
  for (let i = existing; i < size; i++) {
    const deal = store.create('0-3', {
      dealname: `${namePrefix} ${stage} #${i}`,
      amount: String(baseAmount + i),
      pipeline: 'default',
      dealstage: stage,
    });
    store.associate('0-3', deal.id, contacts[i % contacts.length]!.id, toContact);
    store.associate('0-3', deal.id, companies[i % companies.length]!.id, primary);
  }
}
