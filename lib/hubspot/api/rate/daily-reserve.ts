/**
 * Thrown by the governor instead of sending a call that would eat into the share of HubSpot's
 * daily allowance the user keeps for their other tools (options: daily reserve).
 */
export class DailyReserveReached extends Error {
  constructor(
    readonly dailyRemaining: number,
    readonly reserve: number,
  ) {
    super(
      `Paused to leave HubSpot's daily API allowance for your other tools: ${dailyRemaining} calls are left today and ${reserve} are kept in reserve.`,
    );
    this.name = 'DailyReserveReached';
  }
}
