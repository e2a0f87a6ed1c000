/**
 * Seeds the records of every object type from a PRNG, so one seed and scale always give the same
 * portal. Creation times rise with the ID (IDs are handed out at creation) between 2021 and the
 * fixed SEED_NOW, never the wall clock, which keeps the data deterministic. IDs have small random
 * gaps, as real portals do.
 */
import type { SandboxStore } from '../store';
import type { Prng } from '../prng';
import { INDUSTRIES, LEAD_STATUSES, SANDBOX_OWNERS, TICKET_PRIORITIES } from './enumerations';
import * as words from './seed-vocabulary';

export const SEED_NOW = Date.UTC(2026, 5, 1, 9, 0, 0);
const SEED_START = Date.UTC(2021, 0, 4, 8, 0, 0);
const DAY = 86_400_000;

export interface SeedCounts {
  contacts: number;
  companies: number;
  deals: number;
  tickets: number;
  calls: number;
  notes: number;
  machines: number;
}

/** Object counts for a scale (= number of contacts), per the sandbox's documented proportions. */
export function seedCounts(scale: number): SeedCounts {
  const n = Math.max(1, Math.floor(scale));
  return {
    contacts: n,
    companies: Math.max(1, Math.round(n / 4)),
    deals: Math.max(60, Math.round(n / 2)),
    tickets: Math.max(30, Math.round(n / 4)),
    calls: Math.max(10, Math.round(n / 4)),
    notes: Math.max(10, Math.round(n / 20)),
    machines: Math.max(20, Math.round(n / 10)),
  };
}

export interface SeededCompany {
  id: string;
  name: string;
  domain: string;
}

/** Creates `count` records of a type with rising creation times; `props(i)` gives the values. */
export function seedTable(
  store: SandboxStore,
  rng: Prng,
  type: string,
  count: number,
  props: (i: number, createdAt: number) => Record<string, string>,
): string[] {
  const table = store.table(type);
  const span = (SEED_NOW - SEED_START) / count;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const createdAt = Math.floor(SEED_START + i * span + rng.next() * span * 0.9);
    const id = table.allocateId(rng.chance(0.2) ? rng.int(1, 3) : 0);
    const record = store.create(type, props(i, createdAt), {
      id,
      createdAt,
      now: createdAt + Math.floor(rng.next() * (SEED_NOW - createdAt)),
    });
    ids.push(record.id);
  }
  return ids;
}

export function seedCompanies(store: SandboxStore, rng: Prng, count: number): SeededCompany[] {
  const domains = new Set<string>();
  const companies: SeededCompany[] = [];
  const ids = seedTable(store, rng, 'companies', count, (i) => {
    const name = `${rng.pick(words.COMPANY_ROOTS)} ${rng.pick(words.COMPANY_NOUNS)} ${rng.pick(words.COMPANY_FORMS)}`;
    let domain = `${words.asciiSlug(name.split(' ').slice(0, 2).join(''))}.example`;
    if (domains.has(domain)) domain = domain.replace('.example', `-${i}.example`);
    domains.add(domain);
    companies.push({ id: '', name, domain });
    return {
      name,
      domain,
      industry: rng.pick(INDUSTRIES),
      city: rng.pick(words.CITIES),
      phone: phone(rng),
      hubspot_owner_id: rng.pick(SANDBOX_OWNERS).id,
    };
  });
  ids.forEach((id, i) => ((companies[i] as SeededCompany).id = id));
  return companies;
}

/** Contacts; returns for each contact the index of its company, or -1. */
export function seedContacts(
  store: SandboxStore,
  rng: Prng,
  count: number,
  companies: readonly SeededCompany[],
): { ids: string[]; companyOf: number[] } {
  const emails = new Set<string>();
  const companyOf: number[] = [];
  const ids = seedTable(store, rng, 'contacts', count, (i) => {
    const first = rng.pick(words.FIRST_NAMES);
    const last = rng.pick(words.LAST_NAMES);
    const companyIndex = rng.chance(0.9) ? rng.int(0, companies.length - 1) : -1;
    companyOf.push(companyIndex);
    const company = companies[companyIndex];
    const props: Record<string, string> = {
      firstname: first,
      lastname: last,
      phone: phone(rng),
      city: rng.pick(words.CITIES),
      jobtitle: rng.pick(words.JOB_TITLES),
      lifecyclestage: rng.weighted([
        ['subscriber', 15],
        ['lead', 30],
        ['marketingqualifiedlead', 10],
        ['salesqualifiedlead', 8],
        ['opportunity', 7],
        ['customer', 25],
        ['evangelist', 3],
        ['other', 2],
      ] as const),
      hs_lead_status: rng.pick(LEAD_STATUSES),
      hubspot_owner_id: rng.pick(SANDBOX_OWNERS).id,
    };
    if (company) props.company = company.name;
    // A few contacts have no email, as in real portals; the rest are unique.
    if (!rng.chance(0.03)) {
      let email = `${words.asciiSlug(first)}.${words.asciiSlug(last)}@${company?.domain ?? 'mail.example'}`;
      if (emails.has(email)) email = email.replace('@', `${i}@`);
      emails.add(email);
      props.email = email;
    }
    return props;
  });
  return { ids, companyOf };
}

export function seedActivities(
  store: SandboxStore,
  rng: Prng,
  counts: SeedCounts,
): Record<'deals' | 'tickets' | 'calls' | 'notes' | 'machines', string[]> {
  const dealPipelines = store.pipelines('deals');
  const owner = () => rng.pick(SANDBOX_OWNERS).id;
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    deals: seedTable(store, rng, 'deals', counts.deals, (_i, createdAt) => {
      const pipeline = rng.chance(0.8) ? dealPipelines[0] : dealPipelines[1];
      return {
        dealname: `${rng.pick(words.COMPANY_ROOTS)} – ${rng.pick(words.PRODUCTS)}`,
        amount: String(rng.int(5, 2000) * 100),
        pipeline: pipeline?.id ?? 'default',
        dealstage: rng.pick(pipeline?.stages ?? []).id,
        closedate: iso(createdAt + rng.int(10, 180) * DAY),
        hubspot_owner_id: owner(),
      };
    }),
    tickets: seedTable(store, rng, 'tickets', counts.tickets, () => ({
      subject: rng.pick(words.TICKET_SUBJECTS),
      content: 'Customer wrote in; see the thread for details.',
      hs_pipeline: '0',
      hs_pipeline_stage: String(rng.int(1, 4)),
      hs_ticket_priority: rng.pick(TICKET_PRIORITIES),
      hubspot_owner_id: owner(),
    })),
    calls: seedTable(store, rng, 'calls', counts.calls, (_i, createdAt) => ({
      hs_call_title: rng.pick(words.CALL_TITLES),
      hs_call_body: 'Talked through next steps.',
      hs_timestamp: iso(createdAt),
      hs_call_duration: String(rng.int(30, 3600) * 1000),
      hs_call_direction: rng.pick(['INBOUND', 'OUTBOUND']),
      hubspot_owner_id: owner(),
    })),
    notes: seedTable(store, rng, 'notes', counts.notes, (_i, createdAt) => ({
      hs_note_body: 'Met at the trade fair; interested in a pilot.',
      hs_timestamp: iso(createdAt),
    })),
    machines: seedTable(store, rng, 'machines', counts.machines, (i, createdAt) => ({
      serial_number: `SN-${String(100000 + i)}`,
      model: rng.pick(words.MACHINE_MODELS),
      purchase_date: iso(createdAt).slice(0, 10),
    })),
  };
}

function phone(rng: Prng): string {
  return `+45 ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`;
}
