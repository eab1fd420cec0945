// Command gen prints a large, realistic goroutine dump for the traceback benchmark.
//
// It parks N goroutines at a dozen call sites, in proportions that mimic a busy server,
// waits until every one of them is blocked, then panics with an index out of range a few
// frames below main. Run it with every goroutine in the traceback:
//
//	GOTRACEBACK=all ./gen -n 100000 2> dump-100000.txt   # exit status 2
//
// Every goroutine gets distinct argument values (a [2]int request id, which Go passes on
// the stack and therefore prints exactly, plus a pointer to its own request), so tools that
// group goroutines by argument value see up to N different signatures.
//
// A summary of what was started goes to stdout; the dump goes to stderr.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Request is the per-goroutine state passed around by pointer.
type Request struct {
	ID      int
	Tenant  string
	Attempt int
	Payload []byte
}

// Job is what the worker pool receives.
type Job struct {
	Req  *Request
	Done chan error
}

// ID is passed by value: arrays of more than one element never go in registers, so the
// runtime prints the exact values (register-passed ints would mostly print as `?`).
type ID [2]int

var (
	parked atomic.Int64 // goroutines that reached their blocking operation

	// Keep everything the parked goroutines block on reachable, so nothing is collected
	// (a collected pipe writer would be closed by its finalizer and wake the reader).
	keep []any
)

// category is one call site and its share of N.
type category struct {
	name  string
	share float64 // of N; negative = fixed count given by fixed
	fixed int
	start func(i int, id ID, req *Request)
}

func main() {
	n := flag.Int("n", 10000, "number of parked goroutines (besides main)")
	pipes := flag.Int("pipes", 200, "goroutines blocked reading a pipe (IO wait), at most n/10")
	deep := flag.Int("deep", 3, "goroutines parked at the bottom of a deep recursion")
	depth := flag.Int("depth", 150, "depth of those recursions")
	seed := flag.Uint64("seed", 1, "seed for the order in which goroutines are started")
	flag.Parse()
	if *n < 100 {
		fmt.Fprintln(os.Stderr, "gen: -n must be at least 100")
		os.Exit(1)
	}
	if *pipes > *n/10 {
		*pipes = *n / 10
	}

	s := newServer(*depth)
	cats := []category{
		{name: "worker pool: chan receive, 3 frames deep", share: 0.40, start: s.startWorker},
		{name: "event loop: select", share: 0.15, start: s.startLoop},
		{name: "sync.Mutex pile-up", share: 0.10, start: s.startCacheGet},
		{name: "time.Sleep", share: 0.10, start: s.startRetry},
		{name: "sync.WaitGroup.Wait", share: 0.05, start: s.startGather},
		{name: "sync.Cond.Wait", share: 0.05, start: s.startQueuePop},
		{name: "chan send", share: 0.05, start: s.startProduce},
		{name: "sync.RWMutex.RLock behind a writer (+1 writer in Lock)", share: 0.05, start: s.startConfigRead},
		{name: "nil channel receive", share: 0.03, start: s.startNilRecv},
		{name: "select {}", share: 0.02, start: s.startForever},
		{name: "IO wait on a pipe", share: -1, fixed: *pipes, start: s.startPipeRead},
		{name: "deep recursion", share: -1, fixed: *deep, start: s.startWalk},
	}

	// Exact counts: fixed ones first, shares of the rest, rounding leftovers to the pool.
	counts := make([]int, len(cats))
	rest := *n
	for k, c := range cats {
		if c.share < 0 {
			counts[k] = c.fixed
			rest -= c.fixed
		}
	}
	total := 0
	for k, c := range cats {
		if c.share >= 0 {
			counts[k] = int(float64(rest) * c.share)
		}
		total += counts[k]
	}
	counts[0] += *n - total
	counts[7]-- // the RWMutex writer started by prepare is one of that call site's goroutines

	// Interleave the call sites in a fixed pseudo-random order, as a server's goroutines are.
	order := make([]uint8, 0, *n)
	for k, c := range counts {
		for range c {
			order = append(order, uint8(k))
		}
	}
	rng := rand.New(rand.NewPCG(*seed, 0x9e3779b97f4a7c15))
	rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })

	s.prepare()
	t0 := time.Now()
	startAll(cats, order)

	// Wait until every goroutine exists and has reached its blocking call, then give the
	// scheduler time to actually park the last ones.
	want := int64(*n)
	for parked.Load() < want || runtime.NumGoroutine() < *n+1 {
		time.Sleep(10 * time.Millisecond)
	}
	settle := 200*time.Millisecond + time.Duration(*n)*2*time.Microsecond
	time.Sleep(settle)

	fmt.Printf("gen: %d goroutines parked in %v (+%v settle), NumGoroutine=%d\n",
		*n, time.Since(t0).Round(time.Millisecond), settle, runtime.NumGoroutine())
	for k, c := range cats {
		fmt.Printf("  %8d  %s\n", counts[k], c.name)
	}
	os.Stdout.Sync()

	serve([]int{3, 1, 4, 1, 5}, len(os.Args)+7) // panics: index out of range
}

//go:noinline
func startAll(cats []category, order []uint8) {
	for i, k := range order {
		req := &Request{ID: 100000 + i, Tenant: tenants[i%len(tenants)], Attempt: i % 5}
		cats[k].start(i, ID{int(k), i}, req)
	}
}

var tenants = []string{"acme", "globex", "initech", "umbrella", "hooli", "stark"}

// server owns what the goroutines block on.
type server struct {
	jobs    [4]chan Job // worker pools
	events  chan string
	ticks   chan time.Time
	quit    chan struct{}
	results chan *Request
	cache   *Cache
	queue   *Queue
	config  *Config
	wg      sync.WaitGroup
	depth   int
}

func newServer(depth int) *server {
	s := &server{
		events:  make(chan string),
		ticks:   make(chan time.Time),
		quit:    make(chan struct{}),
		results: make(chan *Request),
		cache:   &Cache{data: map[int]string{}},
		queue:   &Queue{},
		config:  &Config{},
		depth:   depth,
	}
	for k := range s.jobs {
		s.jobs[k] = make(chan Job)
	}
	s.queue.cond = sync.NewCond(&s.queue.mu)
	return s
}

// prepare takes the locks that make the pile-ups happen.
func (s *server) prepare() {
	s.cache.mu.Lock() // held by main forever: the Mutex pile-up
	s.wg.Add(1)       // never Done: WaitGroup.Wait blocks

	// RWMutex: main holds a read lock; a writer queues behind it; from then on every
	// RLock blocks behind the pending writer.
	s.config.mu.RLock()
	go s.config.update(map[string]string{"mode": "drain"})
	for s.config.mu.TryRLock() { // succeeds until the writer is pending
		s.config.mu.RUnlock()
		time.Sleep(time.Millisecond)
	}
}

// --- 1. worker pool: chan receive, three frames of our own -------------------------------

func (s *server) startWorker(i int, id ID, req *Request) {
	go s.worker(id, req, s.jobs[i%len(s.jobs)])
}

//go:noinline
func (s *server) worker(id ID, req *Request, jobs chan Job) {
	for {
		if err := s.process(id, req, jobs); err != nil {
			return
		}
	}
}

//go:noinline
func (s *server) process(id ID, req *Request, jobs chan Job) error {
	job := s.next(id, jobs)
	req.Attempt++
	return handleJob(job)
}

//go:noinline
func (s *server) next(id ID, jobs chan Job) Job {
	parked.Add(1)
	return <-jobs
}

//go:noinline
func handleJob(j Job) error { return nil }

// --- 2. event loop: select ---------------------------------------------------------------

func (s *server) startLoop(i int, id ID, req *Request) {
	go s.eventLoop(id, req)
}

//go:noinline
func (s *server) eventLoop(id ID, req *Request) {
	parked.Add(1)
	for {
		select {
		case ev := <-s.events:
			req.Tenant = ev
		case t := <-s.ticks:
			req.Attempt = t.Second()
		case <-s.quit:
			return
		}
	}
}

// --- 3. sync.Mutex pile-up ---------------------------------------------------------------

// Cache is guarded by one Mutex that main never releases.
type Cache struct {
	mu   sync.Mutex
	data map[int]string
}

func (s *server) startCacheGet(i int, id ID, req *Request) {
	go s.lookupUser(id, req)
}

//go:noinline
func (s *server) lookupUser(id ID, req *Request) string {
	return s.cache.Get(id, req.ID)
}

//go:noinline
func (c *Cache) Get(id ID, key int) string {
	parked.Add(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.data[key]
}

// --- 4. time.Sleep -----------------------------------------------------------------------

func (s *server) startRetry(i int, id ID, req *Request) {
	go retryWithBackoff(id, req, time.Duration(1+i%7)*time.Hour)
}

//go:noinline
func retryWithBackoff(id ID, req *Request, backoff time.Duration) {
	parked.Add(1)
	time.Sleep(backoff)
	req.Attempt++
}

// --- 5. sync.WaitGroup.Wait --------------------------------------------------------------

func (s *server) startGather(i int, id ID, req *Request) {
	go s.gather(id, req)
}

//go:noinline
func (s *server) gather(id ID, req *Request) {
	parked.Add(1)
	s.wg.Wait()
	req.Attempt++
}

// --- 6. sync.Cond.Wait -------------------------------------------------------------------

// Queue is a condition-variable queue nobody ever fills.
type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []*Request
}

func (s *server) startQueuePop(i int, id ID, req *Request) {
	go s.consume(id, req)
}

//go:noinline
func (s *server) consume(id ID, req *Request) {
	r := s.queue.Pop(id)
	req.Payload = r.Payload
}

//go:noinline
func (q *Queue) Pop(id ID) *Request {
	q.mu.Lock()
	defer q.mu.Unlock()
	parked.Add(1)
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	r := q.items[0]
	q.items = q.items[1:]
	return r
}

// --- 7. chan send ------------------------------------------------------------------------

func (s *server) startProduce(i int, id ID, req *Request) {
	go s.publish(id, req)
}

//go:noinline
func (s *server) publish(id ID, req *Request) {
	parked.Add(1)
	s.results <- req
}

// --- 8. sync.RWMutex.RLock behind a writer -----------------------------------------------

// Config is read under an RWMutex; a writer is waiting for main's read lock.
type Config struct {
	mu     sync.RWMutex
	values map[string]string
}

//go:noinline
func (c *Config) update(v map[string]string) {
	parked.Add(1)
	c.mu.Lock()
	c.values = v
	c.mu.Unlock()
}

func (s *server) startConfigRead(i int, id ID, req *Request) {
	go s.readConfig(id, req)
}

//go:noinline
func (s *server) readConfig(id ID, req *Request) {
	req.Tenant = s.config.Get(id, "mode")
}

//go:noinline
func (c *Config) Get(id ID, key string) string {
	parked.Add(1)
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.values[key]
}

// --- 9. receive from a nil channel -------------------------------------------------------

func (s *server) startNilRecv(i int, id ID, req *Request) {
	go awaitReply(id, req, nil)
}

//go:noinline
func awaitReply(id ID, req *Request, reply chan error) error {
	parked.Add(1)
	return <-reply
}

// --- 10. select {} -----------------------------------------------------------------------

func (s *server) startForever(i int, id ID, req *Request) {
	go runForever(id, req)
}

//go:noinline
func runForever(id ID, req *Request) {
	parked.Add(1)
	select {}
}

// --- 11. IO wait on a pipe ---------------------------------------------------------------

func (s *server) startPipeRead(i int, id ID, req *Request) {
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	keep = append(keep, r, w)
	go readFrame(id, req, r)
}

//go:noinline
func readFrame(id ID, req *Request, f *os.File) {
	buf := make([]byte, 512)
	parked.Add(1)
	n, _ := f.Read(buf)
	req.Payload = buf[:n]
}

// --- 12. deep recursion ------------------------------------------------------------------

// Node is a tree node visited by walk.
type Node struct {
	Depth int
	Next  *Node
}

func (s *server) startWalk(i int, id ID, req *Request) {
	go s.walk(id, &Node{}, s.depth)
}

//go:noinline
func (s *server) walk(id ID, n *Node, left int) int {
	if left == 0 {
		parked.Add(1)
		<-s.quit
		return n.Depth
	}
	return s.walk(id, &Node{Depth: n.Depth + 1, Next: n}, left-1) + 1
}

// --- the crash ---------------------------------------------------------------------------

//go:noinline
func serve(table []int, idx int) int {
	return handle(table, idx)
}

//go:noinline
func handle(table []int, idx int) int {
	return lookup(table, idx) * 2
}

//go:noinline
func lookup(table []int, idx int) int {
	return table[idx]
}
