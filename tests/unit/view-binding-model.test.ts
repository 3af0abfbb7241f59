// The player's controls as data: a rebind takes effect, a key another action needs at the same time is
// refused naming that action, reset gives the defaults back, and a saved table is checked before use.
import { describe, expect, it } from 'vitest';
import {
  REBINDABLE_ACTIONS, bindingConflicts, bindingOverrides, bindingsFromSave, promptLabelFor, rebind,
} from '../../src/view/input/binding-model.ts';
import { BINDINGS, type Bindings } from '../../src/view/input/bindings.ts';
import { hudHintEntries } from '../../src/view/input/controls-text.ts';
import { keyNameOfCode } from '../../src/view/input/key-names.ts';
import { replaceActionTokens } from '../../src/view/ui/dialogue-lines.ts';

function rebound(result: ReturnType<typeof rebind>): Bindings {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.bindings;
}

describe('the binding model', () => {
  it('has no two actions listening at once on one control in the defaults', () => {
    expect(bindingConflicts(BINDINGS)).toEqual([]);
  });

  it('offers every action of play and the pause, and keeps the menus and the reading keys fixed', () => {
    expect(REBINDABLE_ACTIONS).toEqual(expect.arrayContaining(['moveUp', 'sneak', 'run', 'interact', 'dream', 'toss', 'pause', 'restart', 'quit', 'exportReplay']));
    expect(REBINDABLE_ACTIONS).not.toContain('confirm');
    expect(REBINDABLE_ACTIONS).not.toContain('nextLine');
    const refused = rebind(BINDINGS, { action: 'confirm', control: { device: 'keyboard', key: 'H' } });
    expect(refused.ok).toBe(false);
  });

  it('makes a new key the first of the action, keeping its second (the arrows beside WASD)', () => {
    const bindings = rebound(rebind(BINDINGS, { action: 'sneak', control: { device: 'keyboard', key: 'CTRL' } }));
    expect(bindings.sneak).toEqual({ keys: ['CTRL'], pad: ['b', 'leftBumper'] });
    const moved = rebound(rebind(bindings, { action: 'moveUp', control: { device: 'keyboard', key: 'U' } }));
    expect(moved.moveUp.keys).toEqual(['U', 'UP']);
    // Everything else is as it was.
    expect({ ...moved, sneak: BINDINGS.sneak, moveUp: BINDINGS.moveUp }).toEqual(BINDINGS);
  });

  it('changes the first pad button of an action and leaves the stick on the moves', () => {
    const bindings = rebound(rebind(BINDINGS, { action: 'sneak', control: { device: 'pad', control: 'leftTrigger' } }));
    expect(bindings.sneak.pad).toEqual(['leftTrigger', 'leftBumper']);
    const moveUp = rebound(rebind(BINDINGS, { action: 'moveUp', control: { device: 'pad', control: 'leftTrigger' } }));
    expect(moveUp.moveUp.pad).toEqual(['stickUp', 'leftTrigger']);
    const walks = rebound(rebind(BINDINGS, { action: 'toggleWalks', control: { device: 'pad', control: 'leftTrigger' } }));
    expect(walks.toggleWalks.pad).toEqual(['leftTrigger']);
  });

  it('refuses a key another action uses at the same time, naming that action', () => {
    const refused = rebind(BINDINGS, { action: 'sneak', control: { device: 'keyboard', key: 'E' } });
    expect(refused).toEqual({ ok: false, conflict: 'interact', message: 'E is already Interact: choose another, or change Interact first.' });
    const padRefused = rebind(BINDINGS, { action: 'toss', control: { device: 'pad', control: 'y' } });
    expect(padRefused).toMatchObject({ ok: false, conflict: 'dream' });
    // Interact also reads a scene's lines: the scene's skip key is taken there.
    expect(rebind(BINDINGS, { action: 'interact', control: { device: 'keyboard', key: 'TAB' } })).toMatchObject({ ok: false, conflict: 'skip' });
  });

  it('lets two actions share a key when they never listen at once (the pause quits with the key that tosses)', () => {
    const bindings = rebound(rebind(BINDINGS, { action: 'quit', control: { device: 'keyboard', key: 'Q' } }));
    expect(bindings.quit.keys).toEqual(['Q']);
    const exportWithSneak = rebound(rebind(BINDINGS, { action: 'exportReplay', control: { device: 'keyboard', key: 'SHIFT' } }));
    expect(bindingConflicts(exportWithSneak)).toEqual([]);
  });

  it('keeps only the changes in the save, and a reset (the defaults) keeps none', () => {
    const bindings = rebound(rebind(BINDINGS, { action: 'dream', control: { device: 'keyboard', key: 'H' } }));
    expect(bindingOverrides(bindings)).toEqual({ dream: { keys: ['H'], pad: ['y'] } });
    expect(bindingOverrides(BINDINGS)).toEqual({});
    expect(bindingsFromSave(bindingOverrides(bindings))).toEqual({ bindings, problems: [] });
  });

  it('leaves out a saved change it cannot use, naming its place, and keeps that action on its default', () => {
    const { bindings, problems } = bindingsFromSave({
      dream: { keys: ['H'], pad: ['y'] },
      sneak: { keys: ['HYPER'], pad: [] },
      run: { keys: ['SPACE'], pad: ['paddle'] },
      toss: { keys: ['E'], pad: ['rightBumper'] },
      confirm: { keys: ['H'], pad: [] },
      fly: { keys: ['H'], pad: [] },
    });
    expect(bindings).toEqual({ ...BINDINGS, dream: { keys: ['H'], pad: ['y'] } });
    expect(problems).toEqual([
      'bindings["sneak"].keys[0] is "HYPER", not a key this game knows: Sneak keeps its default',
      'bindings["run"].pad[0] is "paddle", not a pad button this game knows: Run keeps its default',
      'bindings["toss"] takes E from Interact: Toss a marble keeps its default',
      'bindings["confirm"] is no action that can be rebound: left out',
      'bindings["fly"] is no action that can be rebound: left out',
    ]);
  });

  it('names the bound key in prompts, or the pad button when a pad was used last', () => {
    const bindings = rebound(rebind(BINDINGS, { action: 'sneak', control: { device: 'keyboard', key: 'CTRL' } }));
    expect(promptLabelFor('sneak', { bindings, device: 'keyboard' })).toBe('Ctrl');
    expect(promptLabelFor('sneak', { bindings, device: 'pad' })).toBe('B / LB');
    // An action with no pad button still says its key.
    expect(promptLabelFor('toggleRadar', { bindings, device: 'pad' })).toBe('V');
    expect(replaceActionTokens('Hold %sneak% and he will not hear a thing.', bindings)).toBe('Hold Ctrl and he will not hear a thing.');
    expect(hudHintEntries(bindings)).toContain('Ctrl: sneak');
  });

  it('knows the keys a browser reports by their codes, and no key it cannot bind', () => {
    expect(keyNameOfCode(17)).toBe('CTRL');
    expect(keyNameOfCode(71)).toBe('G');
    expect(keyNameOfCode(112)).toBe('F1');
    expect(keyNameOfCode(44)).toBeNull();
  });
});
