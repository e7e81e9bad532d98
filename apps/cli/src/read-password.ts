// The password of `admin:create`: typed at a hidden prompt, or read from stdin when it is not a terminal. Never
// from the command line, where it would sit in the shell history and in every process listing.

/** Asks on the terminal without echoing what is typed (raw mode). Ctrl-C cancels. */
export function promptHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(typed.join(''));
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('Đã hủy.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch >= ' ') typed.push(ch);
      }
    };
    input.on('data', onData);
  });
}

/** The first line of stdin (up to its end), without the line break. */
export async function readFirstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let data = '';
  input.setEncoding('utf8');
  for await (const chunk of input) data += chunk as string;
  return data.split(/\r?\n/)[0];
}

/** Twice at a terminal (the two must match), once from a pipe. */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const first = await promptHidden('Mật khẩu cho quản trị viên: ');
  const again = await promptHidden('Nhập lại mật khẩu: ');
  if (first !== again) throw new Error('Hai lần nhập mật khẩu không khớp nhau.');
  return first;
}
