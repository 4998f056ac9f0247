import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Language } from '@app/core';
import type { ThemeRecord } from '../theme.schema';

@ObjectType('Theme')
export class ThemeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field({ description: "In the request's language (Accept-Language: nl or en; Dutch by default)." })
  name!: string;
}

export function toThemeModel(theme: ThemeRecord, language: Language): ThemeModel {
  return { id: theme._id.toHexString(), slug: theme.slug, name: theme.name[language] };
}
