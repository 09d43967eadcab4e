/**
 * The `validateDialogs` hook of buildContent: checks dialogs/*.yaml against the schema, the intents
 * (trigger intents must exist) and the code registry (validators, step logic, completions must be
 * registered). Every problem names file, path and reason.
 */
import type { ContentInput } from '../content/build-content.js';
import { zodProblems } from '../content/build-content.js';
import type { ContentProblem } from '../content/model.js';
import type { DialogRegistry } from './registry.js';
import { dialogSchema, type DialogDefinition } from './schema.js';

export function createDialogValidator(registry: DialogRegistry): NonNullable<ContentInput['validateDialogs']> {
  return (files, parsed, intents) => {
    const problems: ContentProblem[] = [];
    const dialogs: DialogDefinition[] = [];
    const intentIds = new Set(intents.map((intent) => intent.id));
    const dialogOrigin = new Map<string, string>();
    const triggerOrigin = new Map<string, string>();
    files.forEach((file, index) => {
      const raw = parsed[index];
      if (raw === undefined) return; // YAML error already reported
      const result = dialogSchema.safeParse(raw);
      if (!result.success) {
        problems.push(...zodProblems(file.path, result.error));
        return;
      }
      const dialog = result.data;
      const problem = (path: string, reason: string) => problems.push({ file: file.path, path, reason });
      const seen = dialogOrigin.get(dialog.id);
      if (seen) problem('id', `dialog id "${dialog.id}" is already defined in ${seen}`);
      dialogOrigin.set(dialog.id, file.path);
      dialog.trigger.forEach((intent, i) => {
        if (!intentIds.has(intent)) problem(`trigger.${i}`, `intent "${intent}" does not exist in intents/`);
        const other = triggerOrigin.get(intent);
        if (other) problem(`trigger.${i}`, `intent "${intent}" already starts the dialog in ${other}`);
        triggerOrigin.set(intent, file.path);
      });
      if (!registry.completions.has(dialog.completion)) problem('completion', `no completion handler "${dialog.completion}" is registered in code`);
      dialog.steps.forEach((step, i) => {
        if (step.validate.validator && !registry.validators.has(step.validate.validator)) {
          problem(`steps.${i}.validate.validator`, `no validator "${step.validate.validator}" is registered in code`);
        }
        if (step.logic && !registry.stepLogic.has(step.logic)) problem(`steps.${i}.logic`, `no step logic "${step.logic}" is registered in code`);
        if (step.validate.equals !== undefined && step.type !== 'yes_no') problem(`steps.${i}.validate.equals`, 'equals is only for yes_no steps');
        if (step.consent && (step.type !== 'yes_no' || step.validate.equals !== true)) problem(`steps.${i}.consent`, 'a consent step is a yes_no step with validate: { equals: true }');
        if (step.prefill_default !== undefined && !step.options?.some((o) => o.value === step.prefill_default)) {
          problem(`steps.${i}.prefill_default`, `"${step.prefill_default}" is not an option of this step`);
        }
        if (step.when) {
          const target = dialog.steps.find((s) => s.slot === step.when?.slot);
          const values = [step.when.equals, ...(step.when.in ?? [])].filter((v) => v !== undefined);
          if (target?.type === 'enum') {
            const known = new Set(target.options?.map((o) => o.value));
            values.forEach((v) => {
              if (!known.has(String(v))) problem(`steps.${i}.when`, `"${String(v)}" is not an option of step "${target.slot}"`);
            });
          }
        }
      });
      if (!dialog.steps.some((step) => !step.optional && !step.when)) problem('steps', 'at least one step must be required and unconditional');
      dialogs.push(dialog);
    });
    return { dialogs, problems };
  };
}
