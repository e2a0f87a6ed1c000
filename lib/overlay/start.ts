export function startOverlay(_ctx: unknown): void {}
