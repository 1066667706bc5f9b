package cmd

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/timelinehq/timeline/timeline"
)

// articleExts are the extensions of the files build reads from a folder:
// ".jsonl" files are JSON-lines corpora, ".html" and ".htm" files web
// pages, the others articles.
var articleExts = []string{".txt", ".md", ".markdown", ".text", ".html", ".htm", ".jsonl"}

// listInputs lists the build inputs named by args, in order, for
// timeline.Corpus.Read: an article or page file (any name), a JSON-lines
// corpus (a file ending in .jsonl), a folder (every article, page or corpus
// file under it, by path; hidden files and folders are ignored, other files
// are listed as skipped, with why), or "-", standard input. A path that
// cannot be used is an input with a Skip reason. format applies to every
// file and to standard input. total is the size of all the files in bytes,
// or -1 if standard input is among them. Only names and sizes are read
// here; the files are read as the build goes.
func listInputs(args []string, format timeline.InputFormat, stdin io.Reader) (inputs []timeline.Input, total int64) {
	for _, arg := range args {
		if arg == "-" {
			inputs = append(inputs, timeline.Input{Path: "-", Format: format, Open: func() (io.ReadCloser, error) {
				return io.NopCloser(stdin), nil
			}})
			total = -1
			continue
		}
		fi, err := os.Stat(arg)
		switch {
		case err != nil:
			inputs = append(inputs, timeline.Input{Path: arg, Skip: timeline.IOReason(err)})
		case fi.IsDir():
			var size int64
			inputs, size = listFolder(inputs, arg, format)
			total = addSize(total, size)
		default:
			inputs = append(inputs, timeline.Input{Path: arg, Format: format})
			total = addSize(total, fi.Size())
		}
	}
	return inputs, total
}

// addSize adds n bytes to a total that is -1 when unknown.
func addSize(total, n int64) int64 {
	if total < 0 {
		return total
	}
	return total + n
}

// listFolder appends the article, page and corpus files under dir, sorted
// by path, to inputs, with their total size.
func listFolder(inputs []timeline.Input, dir string, format timeline.InputFormat) ([]timeline.Input, int64) {
	var entries []timeline.Input
	var total int64
	root := dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 && !os.IsPathSeparator(dir[len(dir)-1]) {
		root += string(filepath.Separator) // a link named on the command line is followed
	}
	skip := func(path, reason string) { entries = append(entries, timeline.Input{Path: path, Skip: reason}) }
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			skip(path, timeline.IOReason(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // hidden: .git, .DS_Store ...
		}
		if d.IsDir() {
			return nil
		}
		fi, err := d.Info()
		if err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			fi, err = os.Stat(path)
			if err == nil && fi.IsDir() {
				skip(path, "a link to a folder: not followed; name the folder itself")
				return nil
			}
		}
		if err != nil {
			skip(path, timeline.IOReason(err))
			return nil
		}
		switch ext := strings.ToLower(filepath.Ext(path)); {
		case !fi.Mode().IsRegular():
			skip(path, "not a regular file")
		case !slices.Contains(articleExts, ext):
			if ext == "" {
				ext = "no extension"
			}
			skip(path, "not an article file ("+ext+")")
		default:
			entries = append(entries, timeline.Input{Path: path, Format: format})
			total += fi.Size()
		}
		return nil
	})
	slices.SortFunc(entries, func(a, b timeline.Input) int { return strings.Compare(a.Path, b.Path) })
	if len(entries) == 0 {
		return append(inputs, timeline.Input{Path: dir, Skip: "no article files in the folder (looked for " + strings.Join(articleExts, " ") + ")"}), 0
	}
	return append(inputs, entries...), total
}
