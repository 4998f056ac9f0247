// Command embedded-mongo runs FerretDB v1 in-process as a MongoDB-compatible server
// for development, tests and small deployments that have no MongoDB of their own.
//
// It prints one JSON line {"uri": "..."} on stdout once it accepts connections,
// and stops on SIGINT/SIGTERM or, with -exit-on-stdin-close, when its parent goes away.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

type options struct {
	listenAddr       string
	sqliteDir        string
	postgresqlURL    string
	logLevel         string
	exitOnStdinClose bool
}

func parseOptions(args []string) (*options, error) {
	fs := flag.NewFlagSet("embedded-mongo", flag.ContinueOnError)
	o := &options{}
	fs.StringVar(&o.listenAddr, "listen-addr", envOr("EMBEDDED_MONGO_LISTEN_ADDR", "127.0.0.1:0"), "TCP address to listen on; port 0 picks a free port")
	fs.StringVar(&o.sqliteDir, "sqlite-dir", os.Getenv("EMBEDDED_MONGO_SQLITE_DIR"), "directory for SQLite files (created if missing)")
	fs.StringVar(&o.postgresqlURL, "postgresql-url", os.Getenv("EMBEDDED_MONGO_POSTGRESQL_URL"), "PostgreSQL URL; used instead of SQLite when set")
	fs.StringVar(&o.logLevel, "log-level", envOr("EMBEDDED_MONGO_LOG_LEVEL", "error"), "debug, info, warn or error")
	fs.BoolVar(&o.exitOnStdinClose, "exit-on-stdin-close", false, "stop when stdin reaches EOF (the parent process exited)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if o.sqliteDir == "" && o.postgresqlURL == "" {
		return nil, errors.New("one of -sqlite-dir or -postgresql-url is required")
	}
	return o, nil
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func (o *options) config(logger *slog.Logger) (*ferretdb.Config, error) {
	cfg := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: o.listenAddr},
		Logger:   logger,
	}
	if o.postgresqlURL != "" {
		cfg.Handler = "postgresql"
		cfg.PostgreSQLURL = o.postgresqlURL
		return cfg, nil
	}
	if err := os.MkdirAll(o.sqliteDir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create SQLite directory: %w", err)
	}
	cfg.Handler = "sqlite"
	// FerretDB requires a file: URI naming a directory, which must end with a slash.
	cfg.SQLiteURL = "file:" + strings.TrimSuffix(o.sqliteDir, "/") + "/"
	return cfg, nil
}

func run(ctx context.Context, o *options, stdout io.Writer) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		return fmt.Errorf("invalid -log-level: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	cfg, err := o.config(logger)
	if err != nil {
		return err
	}
	f, err := ferretdb.New(cfg)
	if err != nil {
		return err
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = f.Run(ctx)
	}()

	if err := json.NewEncoder(stdout).Encode(map[string]string{"uri": f.MongoDBURI()}); err != nil {
		return err
	}
	<-done
	return nil
}

func main() {
	o, err := parseOptions(os.Args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "embedded-mongo:", err)
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	if o.exitOnStdinClose {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	if err := run(ctx, o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "embedded-mongo:", err)
		os.Exit(1)
	}
}
