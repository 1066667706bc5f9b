package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/timelinehq/timeline/timeline"
)

// articleExts are the extensions of the files build reads from a folder;
// ".jsonl" files are JSON-lines corpora, the others articles.
var articleExts = []string{".txt", ".md", ".markdown", ".text", ".jsonl"}

// readInputs adds the build inputs named by args to c, in order: an
// article file (any name), a JSON-lines corpus (a file ending in .jsonl),
// a folder (every article or corpus file under it, by path; hidden files
// and folders are ignored, other files are skipped), or "-", standard
// input: a JSON-lines stream if its first character other than white space
// is '{', else an article. Every input that cannot be used is recorded in
// c.Skipped with the reason.
func readInputs(c *timeline.Corpus, stdin io.Reader, args []string) {
	for _, arg := range args {
		if arg == "-" {
			data, err := io.ReadAll(stdin)
			switch {
			case err != nil:
				c.Skip("-", "cannot read standard input: "+err.Error())
			case timeline.IsJSONL(data):
				c.AddJSONL("stdin", bytes.NewReader(data))
			default:
				c.AddFile("-", data)
			}
			continue
		}
		fi, err := os.Stat(arg)
		switch {
		case err != nil:
			c.Skip(arg, ioReason(err))
		case fi.IsDir():
			readFolder(c, arg)
		default:
			readFile(c, arg)
		}
	}
}

// readFile adds an article file, or each line of a .jsonl corpus.
func readFile(c *timeline.Corpus, path string) {
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			c.Skip(path, ioReason(err))
			return
		}
		defer f.Close()
		c.AddJSONL(path, f)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		c.Skip(path, ioReason(err))
		return
	}
	c.AddFile(path, data)
}

// readFolder adds the article and corpus files under dir, sorted by path.
func readFolder(c *timeline.Corpus, dir string) {
	type entry struct{ path, skip string }
	var entries []entry
	root := dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 && !os.IsPathSeparator(dir[len(dir)-1]) {
		root += string(filepath.Separator) // a link named on the command line is followed
	}
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			entries = append(entries, entry{path, ioReason(err)})
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
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			switch {
			case err != nil:
				entries = append(entries, entry{path, ioReason(err)})
				return nil
			case fi.IsDir():
				entries = append(entries, entry{path, "a link to a folder: not followed; name the folder itself"})
				return nil
			}
			mode = fi.Mode().Type()
		}
		switch ext := strings.ToLower(filepath.Ext(path)); {
		case !mode.IsRegular():
			entries = append(entries, entry{path, "not a regular file"})
		case !slices.Contains(articleExts, ext):
			if ext == "" {
				ext = "no extension"
			}
			entries = append(entries, entry{path, "not an article file (" + ext + ")"})
		default:
			entries = append(entries, entry{path: path})
		}
		return nil
	})
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.path, b.path) })
	if len(entries) == 0 {
		c.Skip(dir, "no article files in the folder (looked for "+strings.Join(articleExts, " ")+")")
		return
	}
	for _, e := range entries {
		if e.skip != "" {
			c.Skip(e.path, e.skip)
			continue
		}
		readFile(c, e.path)
	}
}

// ioReason says why a file cannot be read, without repeating its name.
func ioReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, fs.ErrNotExist):
			return "no such file or folder"
		case errors.Is(pe.Err, fs.ErrPermission):
			return "permission denied"
		}
		return fmt.Sprintf("cannot %s: %v", pe.Op, pe.Err)
	}
	return err.Error()
}
