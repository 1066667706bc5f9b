package timeline

import "errors"

// Options control Build.
type Options struct{}

// Build turns documents into one ordered timeline. STUB.
func Build(docs []*Document, opts Options) (*Timeline, error) {
	return nil, errors.New("not implemented")
}
