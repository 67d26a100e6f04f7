/**
 * What the feature handlers share: the services `openCore` builds once per library. Each
 * feature module turns its slice of the API contract into calls on these.
 */
import type { GlosaApi } from '../api';
import type { EventBus } from '../events';
import type { Glossary } from '../glossary/service';
import type { Library } from '../library';
import type { Notes } from '../notes';
import type { GlossaryRepository } from '../store/glossary';
import type { SettingsRepository } from '../store/settings';
import type { TranslationRepository } from '../store/translations';
import type { ModelManager } from '../translate/models';
import type { EngineRegistry } from '../translate/registry';
import type { Translator } from '../translate/translator';

export type Services = {
  dataDir: string;
  library: Library;
  notes: Notes;
  glossary: Glossary;
  glossaryStore: GlossaryRepository;
  settings: SettingsRepository;
  translations: TranslationRepository;
  translator: Translator;
  engines: EngineRegistry;
  models: ModelManager;
  events: EventBus;
};

/** Handlers for some of the API's methods, typed against the contract. */
export type Handlers<M extends keyof GlosaApi> = Pick<GlosaApi, M>;
