package entity

import (
	"iter"
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/swar"
)

// A place is where hasWord with capital set may find a word in a sentence:
// an ASCII capital that no ASCII letter or digit comes before, the first
// byte of a rune that is not ASCII, the byte after a hyphen. Its key is
// the runKey of the word there. A search for a surname in a long article
// reads only the sentences with a place of its key, as the article's index
// (nameIndex) gives them; in a short one it looks for the surname's
// capital in each sentence (hasCapWord).

// capSignature returns the bits (capBit) of the keys of the places of
// src, whose lower case lower lines up with it: a word whose bits are not
// all set is not there, and hasWord need not look. Unless keys is nil, it
// puts the keys in keys, in order, and returns their number: keys must
// then have room for one for each byte of src. It reads eight bytes at a
// time, byte by byte at the end.
func capSignature(src, lower string, keys []uint64) (sig uint64, n int) {
	if keys != nil {
		keys = keys[:len(src)]
	}
	k := 0
	for ; k+8 <= len(src); k += 8 {
		x := swar.LoadAt(src, k)
		m := swar.Equal(x, '-')
		if swar.ASCII(x) {
			m |= swar.Between(x, 'A', 'Z')
		} else {
			// The capitals of the seven low bits, with no carry from a byte
			// that is not ASCII (none of which is taken for a capital),
			// and the first bytes of runes (11xxxxxx).
			m |= swar.Between(x&^swar.High, 'A', 'Z')&^x | x&(x<<1)&swar.High
		}
		for ; m != 0; m &= m - 1 {
			c := k + bits.TrailingZeros64(m)/8
			switch b := src[c]; {
			case b == '-':
				if c++; c == len(src) {
					continue
				}
			case b < utf8.RuneSelf && c > 0 && ascii.Word[src[c-1]]:
				continue // "McCain"
			}
			// runKey, its first eight bytes here: most runs end there.
			var run uint64
			if c+8 <= len(lower) {
				run = firstRun(swar.LoadAt(lower, c))
			} else {
				run = runTail(lower, c)
			}
			key := mixRun(run)
			if sig |= capBit(key); keys != nil {
				keys[n] = key
				n++
			}
		}
	}
	for ; k < len(src); k++ {
		c := k
		switch b := src[k]; {
		case 'A' <= b && b <= 'Z' && (k == 0 || !ascii.Word[src[k-1]]), b >= 0xc0:
		case b == '-' && k+1 < len(src):
			c++
		default:
			continue
		}
		key := runKey(lower, c)
		if sig |= capBit(key); keys != nil {
			keys[n] = key
			n++
		}
	}
	return sig, n
}

// runKey returns the key of the word that starts at s[i]: a hash of the
// run of ASCII letters and digits there, of its first eight bytes if it is
// longer. Where a word w of lower case stands in a text (hasWord), the run
// of the text there is the run of w, so that both have one key:
// runKey(lower, k) is runKey(w, 0).
func runKey(s string, i int) uint64 {
	if i+8 <= len(s) {
		return mixRun(firstRun(swar.LoadAt(s, i)))
	}
	return mixRun(runTail(s, i))
}

// firstRun returns the bytes of x up to the first that is not an ASCII
// letter or digit, the others zero.
func firstRun(x uint64) uint64 {
	return x & swar.FirstBytes[bits.TrailingZeros64(^wordBytes(x)&swar.High)/8&15]
}

// runTail returns the run of ASCII letters and digits that starts at s[i],
// up to eight bytes of it, as a little-endian number.
func runTail(s string, i int) uint64 {
	var x uint64
	for n := 0; n < 8 && i < len(s) && ascii.Word[s[i]]; n, i = n+1, i+1 {
		x |= uint64(s[i]) << (8 * n)
	}
	return x
}

// mixRun is the hash of a run.
func mixRun(x uint64) uint64 {
	x *= 0x9e3779b97f4a7c15
	return x ^ x>>29
}

// capBit returns the bits of a capSignature for a runKey: two, so that
// fewer words than with one have all their bits set in a sentence without
// them.
func capBit(key uint64) uint64 { return 1<<(key>>58) | 1<<(key>>52&63) }

// nameIndex gives the sentences of an article that have a place of a key:
// every sentence in which hasWord with capital set finds a word of that
// key, and few others (keys are hashes). A long article's searches read
// it, so that they take time in proportion to the sentences that have
// their words rather than to the article's length.
type nameIndex struct {
	// places are the places of the sentences, each with the next place of
	// its slot (an index into places plus one, 0 for none); head[k] is the
	// first place of slot k, the last in text order.
	places []place
	head   []int32
	mask   uint64 // the number of slots less one
	// odd are the sentences whose lower case does not line up with their
	// text, which have no places: a search reads them whole.
	odd   []int
	keys  []uint64 // the memory of a sentence's keys
	built bool
}

// place is a place of the index: its key and sentence, and the next place
// of its slot.
type place struct {
	key     uint64
	s, next int32
}

// minNameSlots is the fewest slots of an index.
const minNameSlots = 64

// reset empties the index, keeping its memory.
func (x *nameIndex) reset() { x.built = false }

// build indexes the places of sts.
func (x *nameIndex) build(sts []sent) {
	ps, odd, keys := x.places[:0], x.odd[:0], x.keys
	for s := range sts {
		st := &sts[s]
		if !st.exact {
			odd = append(odd, s)
			continue
		}
		keys = slices.Grow(keys[:0], st.end-st.start)
		_, n := capSignature(st.src[st.start:st.end], st.lower[st.start:st.end], keys[:cap(keys)])
		for _, k := range keys[:n] {
			ps = append(ps, place{key: k, s: int32(s)})
		}
	}
	n := minNameSlots
	for n < len(ps) {
		n *= 2
	}
	x.mask = uint64(n - 1)
	head := slices.Grow(x.head[:0], n)[:n]
	clear(head)
	for i := range ps {
		k := ps[i].key & x.mask
		ps[i].next, head[k] = head[k], int32(i+1)
	}
	x.places, x.head, x.odd, x.keys, x.built = ps, head, odd, keys, true
}

// sentences yields the sentences that have a place of key, each once, the
// last first.
func (x *nameIndex) sentences(key uint64) iter.Seq[int] {
	return func(yield func(int) bool) {
		last := int32(-1)
		for i := x.head[key&x.mask]; i != 0; {
			p := &x.places[i-1]
			if p.key == key && p.s != last {
				if last = p.s; !yield(int(p.s)) {
					return
				}
			}
			i = p.next
		}
	}
}
