import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { VIETNAM_UTC_OFFSET_MS } from '@hoso/kernel/legal-time';
import { redact } from './channel-errors';
import { ChannelError, type NotificationChannel, type OutgoingNotification } from './notification-channel';

type Transport = ReturnType<typeof createTransport>;
// The fields nodemailer sets on its errors that we report.
type SmtpError = { code?: string; responseCode?: number; response?: string; permanent?: boolean; originalCode?: string };

/** 07:30 21/11/2026, Vietnam time. */
function vietnamTime(d: Date): string {
  const v = new Date(d.getTime() + VIETNAM_UTC_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(v.getUTCHours())}:${p(v.getUTCMinutes())} ${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
}

/**
 * E-mail over SMTP, enabled when SMTP_URL is set (smtp:// with STARTTLS when offered, smtps:// for implicit TLS;
 * credentials inside the URL). The URL is a secret: it is never logged, and error messages are reduced to the
 * SMTP error code, reply code and the server's first reply line with the credentials and e-mail addresses removed.
 */
@Injectable()
export class EmailChannel implements NotificationChannel, OnModuleDestroy {
  readonly name = 'EMAIL' as const;
  readonly enabled: boolean;
  private transport?: Transport;
  private readonly secrets: string[];

  constructor(@Inject(APP_CONFIG) private readonly config: EnvDto) {
    this.enabled = Boolean(config.SMTP_URL);
    this.secrets = [config.SMTP_URL ?? ''];
    if (config.SMTP_URL) {
      try {
        const u = new URL(config.SMTP_URL);
        this.secrets.push(decodeURIComponent(u.password), decodeURIComponent(u.username));
      } catch {
        // Validated at boot; a URL the WHATWG parser refuses is still redacted whole.
      }
    }
  }

  private smtp(): Transport {
    this.transport ??= createTransport({
      url: this.config.SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return this.transport;
  }

  async send(n: OutgoingNotification): Promise<void> {
    if (!this.enabled) throw new ChannelError('e-mail channel not configured', true);
    if (!n.recipient.email) throw new ChannelError('recipient has no e-mail address', true);
    try {
      await this.smtp().sendMail({
        from: this.config.SMTP_FROM,
        to: { name: n.recipient.displayName, address: n.recipient.email },
        subject: n.title,
        text: [
          `Kính gửi ${n.recipient.displayName},`,
          '',
          n.body,
          '',
          '--',
          `Thông báo tự động của hệ thống hồ sơ vụ việc (hoso), tạo lúc ${vietnamTime(n.createdAt)}.`,
          'Xem và đánh dấu đã đọc trong mục "Thông báo của tôi". Vui lòng không trả lời thư này.',
        ].join('\n'),
        // The same notification always carries the same Message-ID, so a receiver can drop a retried duplicate.
        messageId: `<${n.id}@hoso.notification>`,
        headers: { 'X-Hoso-Notification-Id': n.id, 'X-Hoso-Delivery-Id': n.deliveryId, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (err) {
      throw this.describe(err as SmtpError);
    }
  }

  private describe(err: SmtpError): ChannelError {
    const code = err.code ?? 'ERROR';
    const parts = [`SMTP ${code}`];
    if (err.responseCode) parts.push(String(err.responseCode));
    if (err.originalCode && err.originalCode !== code) parts.push(`(${err.originalCode})`);
    const reply = err.response?.split(/\r?\n/)[0]?.slice(0, 160);
    // A refusal often quotes the recipient's address ("<a@b.vn>: Recipient address rejected"): personal data, masked.
    const message = redact(reply ? `${parts.join(' ')}: ${reply}` : parts.join(' '), this.secrets).replace(/[^\s<>@"']+@[^\s<>"']+/g, '***@***');
    // A recipient the server refuses for good will be refused again; anything else may pass on a later attempt.
    return new ChannelError(message, code === 'EENVELOPE' && err.permanent === true);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
