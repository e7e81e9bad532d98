import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CalendarService } from './calendar.service';

/** At start: make sure the holiday library's days are in the calendar for the years around now. */
@Injectable()
export class CalendarSeederService implements OnApplicationBootstrap {
  constructor(private readonly calendars: CalendarService) {}

  async onApplicationBootstrap(): Promise<void> {
    const year = new Date().getUTCFullYear();
    await this.calendars.ensureSeeded([year - 2, year - 1, year, year + 1, year + 2]);
  }
}
