// Command embedded-mail is Mailpit as the API runs it outside production: Mailpit's own command
// line, plus -exit-on-stdin-close, so that the server never outlives the API that started it
// (Mailpit itself keeps running when its parent dies).
package main

import (
	"io"
	"os"
	"syscall"

	"github.com/axllent/mailpit/cmd"
)

const exitOnStdinClose = "-exit-on-stdin-close"

func main() {
	args := make([]string, 0, len(os.Args))
	watchStdin := false
	for _, arg := range os.Args {
		if arg == exitOnStdinClose {
			watchStdin = true
			continue
		}
		args = append(args, arg)
	}
	os.Args = args
	if watchStdin {
		go func() {
			// The parent holds the other end of this pipe; it closes when the parent exits, however
			// it exits. SIGTERM lets Mailpit close its database (and remove a temporary one).
			_, _ = io.Copy(io.Discard, os.Stdin)
			_ = syscall.Kill(os.Getpid(), syscall.SIGTERM)
		}()
	}
	cmd.Execute()
}
