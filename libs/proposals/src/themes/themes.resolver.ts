import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@app/accounts';
import { type Language, RequestLanguage } from '@app/core';
import { UpsertThemeInput } from './dto/upsert-theme.input';
import { ThemeModel, toThemeModel } from './models/theme.model';
import { ThemesService } from './themes.service';

@Resolver(() => ThemeModel)
export class ThemesResolver {
  constructor(private readonly themesService: ThemesService) {}

  @Public()
  @Query(() => [ThemeModel])
  async themes(@RequestLanguage() language: Language): Promise<ThemeModel[]> {
    return (await this.themesService.all()).map((theme) => toThemeModel(theme, language));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ThemeModel, { description: 'Creates a theme, or renames the theme with this slug.' })
  async upsertTheme(
    @Args('input') input: UpsertThemeInput,
    @RequestLanguage() language: Language,
  ): Promise<ThemeModel> {
    return toThemeModel(await this.themesService.upsert(input), language);
  }
}
