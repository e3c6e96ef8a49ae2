// The globs of `artifacts: JOB:GLOB`, matched against the paths inside an artifacts archive
// (always `/`-separated). Our own few lines: path.matchesGlob is missing before Node 20.17 and
// experimental where it exists.

// `*` matches within one path segment, `?` one character of it, `**` any number of segments
// (`dist/**` is everything below `dist`, `**/*.xml` every `.xml` file at any depth). Anything
// else, braces and brackets included, is taken literally.
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*' && glob[i + 1] === '*') {
      const segmentStart = i === 0 || glob[i - 1] === '/'
      const segmentEnd = i + 2 === glob.length || glob[i + 2] === '/'
      if (segmentStart && segmentEnd) {
        if (i + 2 === glob.length) {
          // A trailing `**`: everything below.
          source += '.*'
        } else {
          // `**/`: zero or more whole segments.
          source += '(?:[^/]*/)*'
          i++ // the `/` after `**` is part of the group
        }
        i++
        continue
      }
      source += '[^/]*'
      i++
      continue
    }
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/**
 * Whether an archive path is selected by the glob: the path itself matches, or one of its
 * directories does (`dist` selects `dist/app.js`, as a directory named in artifacts:paths does).
 */
export function pathMatches(path: string, glob: RegExp): boolean {
  if (glob.test(path)) return true
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
    if (glob.test(path.slice(0, slash))) return true
  return false
}
