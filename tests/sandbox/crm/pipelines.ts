/**
 * Deal and ticket pipelines (HUBSPOT.md §3 "pipelines"). Deals sit in two pipelines — HubSpot's
 * "default" Sales Pipeline with its standard stage IDs and a second "Partner pipeline" — and filter
 * on `pipeline` / `dealstage`; tickets sit in pipeline "0" with stages "1".."4" and filter on
 * `hs_pipeline` / `hs_pipeline_stage`. Stage metadata values are strings, as HubSpot returns them.
 */
export interface PipelineStage {
  id: string;
  label: string;
  displayOrder: number;
  metadata: Record<string, string>;
}

export interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: PipelineStage[];
}

/** Closed stages are the won (probability 1) and lost (probability 0) ones. */
const dealStage = (id: string, label: string, probability: number, order: number): PipelineStage => ({
  id,
  label,
  displayOrder: order,
  metadata: { isClosed: String(probability === 1 || probability === 0), probability: String(probability) },
});

const DEAL_PIPELINES: Pipeline[] = [
  {
    id: 'default',
    label: 'Sales Pipeline',
    displayOrder: 0,
    stages: [
      dealStage('appointmentscheduled', 'Appointment Scheduled', 0.2, 0),
      dealStage('qualifiedtobuy', 'Qualified To Buy', 0.4, 1),
      dealStage('presentationscheduled', 'Presentation Scheduled', 0.6, 2),
      dealStage('decisionmakerboughtin', 'Decision Maker Bought-In', 0.8, 3),
      dealStage('contractsent', 'Contract Sent', 0.9, 4),
      dealStage('closedwon', 'Closed Won', 1, 5),
      dealStage('closedlost', 'Closed Lost', 0, 6),
    ],
  },
  {
    // Pipelines a portal adds get numeric IDs, and so do their stages.
    id: '87654321',
    label: 'Partner pipeline',
    displayOrder: 1,
    stages: [
      dealStage('87654322', 'Partner sourced', 0.1, 0),
      dealStage('87654323', 'Joint proposal', 0.5, 1),
      dealStage('87654324', 'Partner won', 1, 2),
      dealStage('87654325', 'Partner lost', 0, 3),
    ],
  },
];

const ticketStage = (id: string, label: string, state: 'OPEN' | 'CLOSED'): PipelineStage => ({
  id,
  label,
  displayOrder: Number(id) - 1,
  metadata: { ticketState: state, isClosed: String(state === 'CLOSED') },
});

const TICKET_PIPELINES: Pipeline[] = [
  {
    id: '0',
    label: 'Support Pipeline',
    displayOrder: 0,
    stages: [
      ticketStage('1', 'New', 'OPEN'),
      ticketStage('2', 'Waiting on contact', 'OPEN'),
      ticketStage('3', 'Waiting on us', 'OPEN'),
      ticketStage('4', 'Closed', 'CLOSED'),
    ],
  },
];

/** Pipelines per object type ID; object types without pipelines are absent. */
export function seededPipelines(): Map<string, Pipeline[]> {
  return new Map([
    ['0-3', DEAL_PIPELINES],
    ['0-5', TICKET_PIPELINES],
  ]);
}

/** Stage lookup across all pipelines of a type. */
export function findStage(pipelines: readonly Pipeline[], stageId: string): PipelineStage | undefined {
  for (const pipeline of pipelines) {
    const stage = pipeline.stages.find((s) => s.id === stageId);
    if (stage) return stage;
  }
  return undefined;
}
