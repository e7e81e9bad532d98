import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CalendarService } from './calendar.service';

/**
 * At start: make sure every year around now is in the calendar. Years with an official schedule come from the
 * migrations; any other one is computed from the Labour Code and stays PROVISIONAL until an administrator confirms it.
 */
@Injectable()
export class CalendarSeederService implements OnApplicationBootstrap {
  constructor(private readonly calendars: CalendarService) {}

  async onApplicationBootstrap(): Promise<void> {
    const year = new Date().getUTCFullYear();
    await this.calendars.ensureSeeded([year - 2, year - 1, year, year + 1, year + 2]);
  }
}
