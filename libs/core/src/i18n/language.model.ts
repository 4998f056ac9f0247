import { registerEnumType } from '@nestjs/graphql';
import type { Language } from './language';

/** The GraphQL enum of the supported languages. */
export enum LanguageEnum {
  nl = 'nl',
  en = 'en',
}
registerEnumType(LanguageEnum, { name: 'Language' });

export const LANGUAGE_ENUM_OF = {
  nl: LanguageEnum.nl,
  en: LanguageEnum.en,
} as const satisfies Record<Language, LanguageEnum>;
