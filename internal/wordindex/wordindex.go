// Package wordindex is a read-only map from words to values, about twice
// as fast as a map keyed by string for the lookups a tokenizer does once
// per word of text: open addressing on a hash of the word's length and four
// of its bytes, at most a quarter full.
package wordindex

// Index maps words to values of type V. It is read-only once made.
type Index[V any] struct {
	mask  uint32
	slots []slot[V]
}

type slot[V any] struct {
	word string // "" for a free slot
	val  V
}

// New returns an index of the words of m; the empty word is left out (Get
// never finds it).
func New[V any](m map[string]V) *Index[V] {
	size := 64
	for size < 4*len(m) {
		size *= 2
	}
	x := &Index[V]{mask: uint32(size - 1), slots: make([]slot[V], size)}
	for w, v := range m {
		if w == "" {
			continue
		}
		i := hashWord(w) & x.mask
		for x.slots[i].word != "" {
			i = (i + 1) & x.mask
		}
		x.slots[i] = slot[V]{w, v}
	}
	return x
}

// hashWord hashes a word that is not empty.
func hashWord(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	h ^= uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(w[(n-1)/3])<<24
	h *= 0x85EBCA77
	return h ^ h>>15
}

// Get returns the value of w, or the zero V.
func (x *Index[V]) Get(w string) V {
	var zero V
	if w == "" {
		return zero
	}
	for i := hashWord(w) & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.word == w {
			return s.val
		}
		if s.word == "" {
			return zero
		}
	}
}
