// Package cmd is the timeline command line: the cobra command tree, flag
// checking, reading articles and writing results. The work itself is done by
// the dates, timeline and render packages; nothing outside main and this
// package imports cobra.
//
// Commands:
//
//	timeline build INPUT...    build one timeline from articles, pages, folders
//	                           and .jsonl corpora (Markdown, JSON, HTML ...);
//	                           --partial: a partial timeline for merge
//	timeline merge PARTIAL...  merge partial timelines into one timeline, or
//	                           (--partial) into one partial
//	timeline dates FILE        list the date mentions in one article (text or JSON)
//	timeline dates --jsonl F   tag a JSON-lines stream of {"id","text","published"}
//	timeline completion SHELL  print a shell completion script
//
// FILE "-" reads standard input. -o FILE replaces FILE atomically: it holds
// either its old content or the complete output, never part of it.
//
// Exit codes:
//
//	0  success
//	1  error: bad input (unreadable file, document without a publication
//	   date, ...; for build: no input could be used) or an I/O failure; no
//	   output file was written
//	2  usage error: unknown command or flag, bad flag value, wrong number of
//	   arguments
//	3  partial success: some JSON lines failed (their output lines carry an
//	   "error" field), or build or merge skipped some inputs (each named on
//	   standard error and listed in the timeline); all the rest was written
//	130 interrupted by Ctrl-C (SIGINT) or SIGTERM: nothing was written
//
// Errors are printed to standard error as "timeline: <message>".
package cmd
