import { text, TextError } from '@/lib/i18n/text';

/**
 * Thrown by the governor instead of sending a call that would eat into the share of HubSpot's
 * daily allowance the user keeps for their other tools (options: daily reserve).
 */
export class DailyReserveReached extends TextError {
  constructor(
    readonly dailyRemaining: number,
    readonly reserve: number,
  ) {
    super(text('pause.dailyReserve.detail', { left: dailyRemaining, reserve }));
  }
}
