package render_test

import (
	"path/filepath"
	"testing"

	"github.com/timelinehq/timeline/internal/golden"
)

// checkGolden compares got with testdata/name, or rewrites the file under
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}
