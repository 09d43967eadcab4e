/**
 * Every application's code, registered in one registry. Add a line per application; its YAML lives in
 * dialogs/<id>.yaml and refers to the names registered here.
 */
import { createDialogRegistry, type DialogRegistry, type DialogServices } from './registry.js';
import { registerBuergerbueroTermin } from './applications/buergerbuero-termin/register.js';
import { registerHundesteuer } from './applications/hundesteuer/register.js';
import { registerMaengelmelder } from './applications/maengelmelder/register.js';
import { registerSperrmuell } from './applications/sperrmuell/register.js';
import { registerUmfrage } from './applications/umfrage/register.js';
import { registerWohngeld } from './wohngeld/register.js';

export const APPLICATIONS: Array<(registry: DialogRegistry, services: DialogServices) => void> = [
  registerWohngeld,
  registerBuergerbueroTermin,
  registerSperrmuell,
  registerMaengelmelder,
  registerHundesteuer,
  registerUmfrage,
];

export function createDefaultRegistry(services: DialogServices = {}): DialogRegistry {
  const registry = createDialogRegistry();
  for (const register of APPLICATIONS) register(registry, services);
  return registry;
}
