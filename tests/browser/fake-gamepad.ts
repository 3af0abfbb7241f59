// A gamepad for the browser tests: the Gamepad API faked in an init script, so navigator.getGamepads
// answers a standard-mapping pad the test presses, one frame-paced press at a time.
import type { Page } from '@playwright/test';

/**
 * A standard-mapping pad the page sees through navigator.getGamepads; `window.__pad` presses it. Its
 * timestamp moves with each change, as a real pad's does: Phaser reads no pad older than its own record of it.
 */
export async function fakeGamepad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
    const axes = [0, 0, 0, 0];
    const pad = { id: 'Fake pad (STANDARD GAMEPAD)', index: 0, connected: true, mapping: 'standard', timestamp: 0, buttons, axes, vibrationActuator: null };
    Object.defineProperty(navigator, 'getGamepads', { value: () => [pad, null, null, null] });
    (window as unknown as { __pad: unknown }).__pad = {
      set(index: number, pressed: boolean): void {
        buttons[index] = { pressed, touched: pressed, value: pressed ? 1 : 0 };
        pad.timestamp = performance.now();
      },
      stick(x: number, y: number): void {
        axes[0] = x;
        axes[1] = y;
        pad.timestamp = performance.now();
      },
    };
  });
}

export const PAD = { a: 0, b: 1, rightBumper: 5, start: 9, dpadUp: 12, dpadDown: 13, dpadLeft: 14 } as const;

/** Waits for the page to draw three frames: the game has stepped at least twice, however slow its frames. */
async function frames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let count = 0;
        const next = (): void => {
          count += 1;
          if (count >= 3) resolve();
          else requestAnimationFrame(next);
        };
        requestAnimationFrame(next);
      }),
  );
}

export type FakePad = { set(index: number, pressed: boolean): void; stick(x: number, y: number): void };

/** One press of a pad button: down for a few frames, so the game sees it however slow, then up as long. */
export async function pressPad(page: Page, button: number): Promise<void> {
  for (const pressed of [true, false]) {
    await page.evaluate(({ index, down }) => { (window as unknown as { __pad: FakePad }).__pad.set(index, down); }, { index: button, down: pressed });
    await frames(page);
  }
}

export async function pushStick(page: Page, y: number): Promise<void> {
  for (const value of [y, 0]) {
    await page.evaluate((at) => { (window as unknown as { __pad: FakePad }).__pad.stick(0, at); }, value);
    await frames(page);
  }
}
