package timeline

// DateGuess returns the warning to show when d's publication date was
// guessed (from a dateline in its first lines, or from a date in its URL)
// rather than given, naming the file path; it returns "" otherwise.
func (d *Document) DateGuess(path string) string { return dateWarning(path, d) }
