/**
 * `retention`: runs the built add-on (dist/Code.js) in the local Apps Script host, on CSV/XLSX
 * files, without Google. Each command loads the file as a sheet and calls the same server
 * functions the sidebar and the triggers call; results are read back from what the add-on wrote.
 * The command line itself is retention.ts.
 */
import { runRetention } from './retention';
import { terminalText } from './terminal';

runRetention(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(terminalText(`${error?.stack ?? error}\n`));
    process.exitCode = 1;
  },
);
