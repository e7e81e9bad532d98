import { loadConfig } from '@hoso/core/config';
import { EmailChannel } from './email.channel';
import { ChannelError } from './notification-channel';

const SMTP_PASSWORD = 'mat-khau-smtp-42';

function channelRefusingWith(response: string): EmailChannel {
  const channel = new EmailChannel(loadConfig({}, { SMTP_URL: `smtp://hoso:${SMTP_PASSWORD}@mail.hoso.test:587` }));
  // The transport nodemailer would build, replaced by one whose server refuses the recipient.
  (channel as unknown as { transport: unknown }).transport = {
    sendMail: () => Promise.reject({ code: 'EENVELOPE', responseCode: 550, response, permanent: true }),
    close() {},
  };
  return channel;
}

describe('EmailChannel errors', () => {
  it('keeps the SMTP codes but not the recipient address nor the credentials the server quotes', async () => {
    const channel = channelRefusingWith(`550 5.1.1 <an.nguyen@hoso.test>: Recipient address rejected (auth hoso:${SMTP_PASSWORD})`);
    const err = await channel
      .send({
        deliveryId: 'd-1', id: 'n-1', userId: 'u-1', caseId: null, kind: 'REMINDER', title: 'Nhắc hạn', body: 'Nội dung', createdAt: new Date(),
        recipient: { displayName: 'Nguyễn Văn An', email: 'an.nguyen@hoso.test' },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    const message = (err as ChannelError).message;
    expect(message).toMatch(/^SMTP EENVELOPE 550: 550 5\.1\.1 <\*\*\*@\*\*\*>: Recipient address rejected/);
    expect(message).not.toContain('an.nguyen');
    expect(message).not.toContain(SMTP_PASSWORD);
    expect((err as ChannelError).permanent).toBe(true);
  });
});
