package dates

import (
	"math/rand/v2"
	"os"
	"testing"
)

// Texts the equivalence tests of the tagger's fast paths run over.
const (
	seedText     = "../testdata/geneva-2016-08-26.txt"
	corpusText   = "testdata/corpus.txt"
	negativeText = "testdata/negative.txt"
)

// readTexts returns the contents of the named files.
func readTexts(t testing.TB, names ...string) []string {
	t.Helper()
	texts := make([]string, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// randomTexts returns n strings of up to 39 bytes drawn from alphabet, the
// same ones for the same seed.
func randomTexts(seed1, seed2 uint64, n int, alphabet string) []string {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	texts := make([]string, n)
	for k := range texts {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts[k] = string(b)
	}
	return texts
}
