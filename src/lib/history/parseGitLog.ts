export interface Commit {
  /** Abbreviated hash: tells apart two commits with one date and message. */
  hash: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** First line of the commit message. */
  subject: string;
}

/** Record and field separators: they cannot occur in a subject line or a file name. */
export const GIT_LOG_FORMAT = '%x1e%h%x1f%cs%x1f%s';

/**
 * Parses `git log --format=GIT_LOG_FORMAT --name-only` into the commits that touched each file, newest first.
 */
export function parseGitLog(output: string): Map<string, Commit[]> {
  const byFile = new Map<string, Commit[]>();
  for (const record of output.split('\x1e').slice(1)) {
    const [head = '', ...files] = record.split('\n');
    const [hash = '', date = '', subject = ''] = head.split('\x1f');
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      byFile.set(file, [...(byFile.get(file) ?? []), { hash, date, subject }]);
    }
  }
  return byFile;
}
