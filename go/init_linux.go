package panicscope

import (
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"
	"unsafe"
)

// In a container without an init the program is PID 1, and when PID 1 dies the
// kernel kills every other process of the PID namespace at once: a monitor
// child would die with the crash text unread (and the relayed standard error
// unwritten). So as PID 1, Start keeps PID 1 for itself: it re-executes the
// program as its child with the crash output pipe as fd 3, forwards signals to
// it, reaps the orphans that land on PID 1, reports the child's crash, and
// exits with the child's exit code (128+signal if a signal killed it).

// appEnv marks the re-executed program as the application under a PID-1 parent.
const appEnv = "PANICSCOPE_APP"

// crashFD is the crash output pipe in the application under a PID-1 parent.
const crashFD = 3

// forwarded are the signals PID 1 passes on to the application.
var forwarded = []os.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT,
	syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGWINCH}

// startInit decides the PID-1 case: it returns true in the application (after
// pointing the crash output at the pipe), never returns as PID 1, and returns
// false when the program is not PID 1.
func (st *state) startInit() bool {
	if os.Getenv(appEnv) == "1" {
		os.Unsetenv(appEnv) // not for the programs the application starts
		syscall.CloseOnExec(crashFD)
		f := os.NewFile(crashFD, "panicscope-crash")
		_ = debug.SetCrashOutput(f, debug.CrashOptions{})
		f.Close()
		return true
	}
	if os.Getpid() != 1 || st.cfg.SkipInitMode {
		return false
	}
	code, err := st.runInit()
	if err != nil {
		// Not started: run on with a monitor child, as any other program.
		st.cfg.logf("panicscope: cannot run as PID 1: %v", err)
		return false
	}
	os.Exit(code)
	return true
}

// runInit runs the application to its end; an error means it could not start.
func (st *state) runInit() (int, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	crashR, crashW, err := os.Pipe()
	if err != nil {
		return 0, err
	}
	newCmd := func(attr *syscall.SysProcAttr) *exec.Cmd {
		cmd := exec.Command(exe)
		cmd.Args = os.Args
		cmd.Env = append(os.Environ(), appEnv+"=1")
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
		cmd.ExtraFiles = []*os.File{crashW}
		cmd.SysProcAttr = attr
		return cmd
	}
	var relayR, relayW *os.File
	if !st.cfg.StderrUntouched {
		relayR, relayW, err = os.Pipe()
		if err != nil {
			relayR, relayW = nil, nil
		}
	}
	withRelay := func(cmd *exec.Cmd) *exec.Cmd {
		if relayW != nil {
			cmd.Stderr = relayW
		}
		return cmd
	}
	// The application gets the process group (and the terminal, if any) of its
	// own, so that a Ctrl-C reaches it once: from the terminal, not also from us.
	sigs := make(chan os.Signal, 16)
	signal.Notify(sigs, forwarded...)
	started := time.Now()
	cmd := withRelay(newCmd(&syscall.SysProcAttr{Setpgid: true}))
	if isTerminal(os.Stdin) {
		cmd = withRelay(newCmd(&syscall.SysProcAttr{Setpgid: true, Foreground: true, Ctty: 0}))
	}
	err = cmd.Start()
	if err != nil && cmd.SysProcAttr.Foreground {
		// A terminal that is not ours to hand over: without it, then.
		cmd = withRelay(newCmd(&syscall.SysProcAttr{Setpgid: true}))
		started = time.Now()
		err = cmd.Start()
	}
	if err != nil {
		signal.Stop(sigs)
		crashR.Close()
		crashW.Close()
		if relayW != nil {
			relayR.Close()
			relayW.Close()
		}
		return 0, err
	}
	crashW.Close()
	var rel *relay
	if relayW != nil {
		relayW.Close()
		rel = startRelay(relayR, os.Stderr, st.cfg.MaxTextBytes+64<<10)
	}
	pid := cmd.Process.Pid
	go func() {
		for s := range sigs {
			_ = syscall.Kill(pid, s.(syscall.Signal))
		}
	}()
	crash := make(chan []byte, 1)
	var dropped int64
	go func() {
		text, n := readCapped(crashR, st.cfg.MaxTextBytes)
		dropped = n
		crash <- text
	}()
	status := reapUntil(pid)
	var text []byte
	select {
	case text = <-crash:
	case <-time.After(2 * time.Second): // someone else holds the pipe: no crash text
	}
	if len(text) > 0 {
		text = append(rel.preface(text), text...)
		st.reportChildCrash(text, dropped, pid, started)
	}
	signal.Stop(sigs)
	rel.waitAtMost(time.Second)
	switch {
	case status.Exited():
		return status.ExitStatus(), nil
	case status.Signaled():
		return 128 + int(status.Signal()), nil
	}
	return 1, nil
}

// reapUntil reaps every child that ends (orphans of the namespace included)
// until the application ends, and returns its status.
func reapUntil(pid int) syscall.WaitStatus {
	for {
		var ws syscall.WaitStatus
		got, err := syscall.Wait4(-1, &ws, 0, nil)
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil {
			return ws
		}
		if got == pid && (ws.Exited() || ws.Signaled()) {
			return ws
		}
	}
}

func (st *state) reportChildCrash(text []byte, dropped int64, pid int, started time.Time) {
	now := time.Now()
	rep := st.template
	rep.ID = newID()
	rep.Kind = KindCrash
	rep.Text = string(text[:min(len(text), st.cfg.MaxTextBytes)])
	rep.TruncatedBytes = dropped + int64(len(text)-len(rep.Text))
	rep.Time = formatTime(now)
	rep.PID = pid
	rep.ProcessStart = formatTime(started)
	rep.UptimeSeconds = uptime(started, now)
	body := marshal(&rep)
	st.writeOutput(body)
	if st.cfg.Server == "" {
		return
	}
	path, err := spoolWrite(&st.cfg, rep.ID, body, now)
	if err != nil {
		st.cfg.logf("panicscope: spool: %v", err)
	}
	deliverNow(&st.cfg, path, rep.ID, body, 3)
}

// isTerminal is isatty: a terminal answers TCGETS (/dev/null, also a
// character device, does not).
func isTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}
