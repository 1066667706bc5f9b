package dates_test

import (
	"os"
	"testing"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/eval"
)

// BenchmarkTagTimeML tags the 256 news texts of TimeBank and AQUAINT. It
// needs ../shared/data/timeml beside the project and skips without it.
func BenchmarkTagTimeML(b *testing.B) {
	const dir = "../../shared/data/timeml"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no TimeML corpus at", dir)
	}
	docs, _ := eval.ReadPaths([]string{dir})
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	tg := dates.New()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			tg.Tag(d.Text, d.Anchor)
		}
	}
}
