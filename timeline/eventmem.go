package timeline

import (
	"unsafe"

	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/internal/space"
)

// eventMemory holds what the events of one document keep of their own:
// the strings copied out of its text (quotes, phrases, places, actor names
// and roles), the events' actor lists and their citations, each kind in a
// few blocks rather than an allocation for each. A document's events are
// kept or let go together, so that a block lives no longer than they do;
// and a large corpus's events, by the hundred thousand, were a third of
// the allocations of a build and of the objects its collections marked.
// A decoder of partial timelines keeps the events it reads in one, as
// they are kept together until merged (lineDecoder).
type eventMemory struct {
	text   []byte // bytes written are never written again: strings point at them
	actors []Actor
	cites  []Citation
}

// The sizes of the first blocks that documentEvents does not size itself;
// each next one is twice the last, up to the last size, or what it must
// hold. Blocks of a decoder's events, which fill many, stop growing at the
// last size, so that the free end of the last is small beside the rest.
const (
	firstTextBlock  = 256
	lastTextBlock   = 64 << 10
	firstActorBlock = 8
	firstCiteBlock  = 8
	lastListBlock   = 1024 // actors or citations
)

// nextBlock is the capacity of the block after one of capacity last, to
// hold n more: twice last, but at least first and at most most, and at
// least n.
func nextBlock(last, n, first, most int) int {
	return max(n, first, min(2*last, most))
}

// clone returns a copy of s in m's memory.
func (m *eventMemory) clone(s string) string {
	if s == "" {
		return ""
	}
	m.reserve(len(s))
	start := len(m.text)
	m.text = append(m.text, s...)
	return unsafe.String(&m.text[start], len(s))
}

// keep returns b as a string in m's memory: a copy, as clone makes.
func (m *eventMemory) keep(b []byte) string {
	return m.clone(unsafe.String(unsafe.SliceData(b), len(b))) // read once, to copy it
}

// join returns a+b in m's memory: a phrase with its lead ("Sept. 8 and "
// before "9"), without making the joined string first.
func (m *eventMemory) join(a, b string) string {
	if a == "" {
		return m.clone(b)
	}
	m.reserve(len(a) + len(b))
	start := len(m.text)
	m.text = append(append(m.text, a...), b...)
	return unsafe.String(&m.text[start], len(a)+len(b))
}

// collapse returns space.Collapse(s) in m's memory.
func (m *eventMemory) collapse(s string) string {
	m.reserve(len(s)) // Collapse(s) is no longer than s
	start := len(m.text)
	m.text = space.AppendCollapse(m.text, s)
	if len(m.text) == start {
		return ""
	}
	return unsafe.String(&m.text[start], len(m.text)-start)
}

// reserve makes room for n more bytes of text in the current block, in a
// new block if need be: a block is never grown by append, which would
// move the bytes strings point at.
func (m *eventMemory) reserve(n int) {
	if cap(m.text)-len(m.text) < n {
		m.text = make([]byte, 0, nextBlock(cap(m.text), n, firstTextBlock, lastTextBlock))
	}
}

// actorsOf converts the actors of internal/entity into a list in m's
// memory, names and roles copied; nil if there are none.
func (m *eventMemory) actorsOf(as []entity.Actor) []Actor {
	out := m.actorList(len(as))
	for i, a := range as {
		// Type is one of entity's constants, never a part of the text.
		out[i] = Actor{Name: m.clone(a.Name), Role: m.clone(a.Role), Type: a.Type}
	}
	return out
}

// copyActors returns a copy of as in m's memory; nil if as is empty.
func (m *eventMemory) copyActors(as []Actor) []Actor {
	out := m.actorList(len(as))
	copy(out, as)
	return out
}

// actorList returns a list of n actors in m's memory, of capacity n (an
// append to it copies it elsewhere); nil for none.
func (m *eventMemory) actorList(n int) []Actor {
	if n == 0 {
		return nil
	}
	if cap(m.actors)-len(m.actors) < n {
		m.actors = make([]Actor, 0, nextBlock(cap(m.actors), n, firstActorBlock, lastListBlock))
	}
	start := len(m.actors)
	m.actors = m.actors[:start+n]
	return m.actors[start : start+n : start+n]
}

// citation returns a list of one citation, c, in m's memory: the
// Citations of an unmerged event.
func (m *eventMemory) citation(c Citation) []Citation {
	if len(m.cites) == cap(m.cites) { // never grown by append: lists point into it
		m.cites = make([]Citation, 0, nextBlock(cap(m.cites), 1, firstCiteBlock, lastListBlock))
	}
	m.cites = append(m.cites, c)
	n := len(m.cites)
	return m.cites[n-1 : n : n]
}
