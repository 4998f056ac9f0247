import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  SetMetadata,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Response } from 'express';
import { Public } from '@app/accounts';
import { type AppConfig, InvalidInputError } from '@app/core';
import { PreferencesService } from './preferences.service';

/**
 * Marks an HTTP route that writes for anyone, without signing in: the API's throttling counts it
 * per IP address with the public GraphQL mutations.
 */
export const PUBLIC_HTTP_WRITE = 'notifications:publicHttpWrite';

/**
 * One-click unsubscribe (RFC 8058) for the `List-Unsubscribe` header of notification mail. Mail
 * clients POST `List-Unsubscribe=One-Click` (form-encoded or multipart); the body is not read, as
 * the token alone says what to stop. A GET (a person, or a scanner following links) only
 * redirects to the web page, which asks the API itself, so a link preview never unsubscribes.
 */
@Public()
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  private readonly publicUrl: string;

  constructor(
    private readonly preferences: PreferencesService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
  }

  @Post(':token')
  @HttpCode(200)
  @SetMetadata(PUBLIC_HTTP_WRITE, true)
  async oneClick(@Param('token') token: string, @Res() response: Response): Promise<void> {
    try {
      await this.preferences.unsubscribe(token);
    } catch (error) {
      if (error instanceof InvalidInputError) {
        throw new BadRequestException(error.message);
      }
      throw error;
    }
    response.type('text/plain; charset=utf-8').send('Afgemeld. / Unsubscribed.\n');
  }

  @Get(':token')
  page(@Param('token') token: string, @Res() response: Response): void {
    response.redirect(303, `${this.publicUrl}/afmelden/${encodeURIComponent(token)}`);
  }
}
