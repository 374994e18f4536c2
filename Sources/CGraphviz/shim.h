#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
/* Graphviz's public API, found through pkg-config libgvc (-I.../graphviz). No headers are copied here.
   Differences between Graphviz versions are absorbed in this file, never in Swift code. */
#include <gvc.h>

/* Swift 6 rejects the imported Ag* descriptor globals as shared mutable state; these accessors return copies. */
static inline Agdesc_t cgv_directed(void)         { return Agdirected; }
static inline Agdesc_t cgv_strictdirected(void)   { return Agstrictdirected; }
static inline Agdesc_t cgv_undirected(void)       { return Agundirected; }
static inline Agdesc_t cgv_strictundirected(void) { return Agstrictundirected; }

/* agtail/aghead are macros, which Swift cannot import. */
static inline Agnode_t *cgv_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cgv_head(Agedge_t *e) { return aghead(e); }
/* Creation sequence number of a graph object (AGSEQ is a macro): edges in file order. */
static inline unsigned long cgv_seq(void *obj) { return (unsigned long)AGSEQ(obj); }
static inline unsigned long cgv_id(void *obj) { return (unsigned long)AGID(obj); }

/* cgraph's lexer keeps its input buffer between parses: text after the first graph of one agmemread, or what follows
   a syntax error, is read at the start of the next parse. aglexbad() flushes that buffer (YY_FLUSH_BUFFER); libcgraph
   exports it in every release since 2.30 but no public header declares it. */
extern void aglexbad(void);

/* Object IDs in creation order. cgraph keeps a graph's subgraphs ordered by ID, and its default ID discipline makes a
   named object's ID the address of its interned name: subgraph order, and so the layout of a graph with two or more
   clusters, then depends on the heap (two renders of one text in one process can differ). These IDs number the
   objects of each kind as they are created (named even, anonymous odd, from 2: cgraph reads 0 as "no ID"), so the order
   is the file's, every time. */
#include <stdlib.h>
#include <string.h>

typedef struct {
    char **names;          /* by creation number; NULL for anonymous objects */
    unsigned long count, capacity;
    unsigned long *slots;  /* open addressing: creation number + 1, 0 empty */
    unsigned long slotCount, used;
} cgv_id_table;

/* Names are cgraph's reference-counted strings (agstrdup): cgraph reads flags stored before them (aghtmlstr). */
typedef struct { Agraph_t *root; cgv_id_table kinds[3]; } cgv_id_state;  /* graphs, nodes, edges */

static inline unsigned long cgv_hash(const char *s) {
    unsigned long h = 1469598103934665603UL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211UL; }
    return h;
}

static inline int cgv_id_grow_slots(cgv_id_table *t) {
    unsigned long n = t->slotCount ? t->slotCount * 2 : 64;
    unsigned long *slots = (unsigned long *)calloc(n, sizeof(unsigned long));
    if (!slots) return 0;
    for (unsigned long i = 0; i < t->slotCount; i++) {
        unsigned long v = t->slots[i];
        if (!v) continue;
        unsigned long j = cgv_hash(t->names[v - 1]) & (n - 1);
        while (slots[j]) j = (j + 1) & (n - 1);
        slots[j] = v;
    }
    free(t->slots);
    t->slots = slots;
    t->slotCount = n;
    return 1;
}

/* A new creation number, with its name (or NULL). */
static inline long cgv_id_append(Agraph_t *root, cgv_id_table *t, char *name, unsigned long *number) {
    if (t->count == t->capacity) {
        unsigned long c = t->capacity ? t->capacity * 2 : 64;
        char **names = (char **)realloc(t->names, c * sizeof(char *));
        if (!names) return 0;
        t->names = names;
        t->capacity = c;
    }
    char *copy = NULL;
    if (name) { copy = agstrdup(root, name); if (!copy) return 0; }
    t->names[t->count] = copy;
    *number = t->count++;
    return 1;
}

static inline void *cgv_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgv_id_state *s = (cgv_id_state *)calloc(1, sizeof(cgv_id_state));
    if (s) s->root = g;
    return s;
}

static inline long cgv_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    if (!state) return 0;
    Agraph_t *root = ((cgv_id_state *)state)->root;
    cgv_id_table *t = &((cgv_id_state *)state)->kinds[objtype > 2 ? 2 : objtype];
    unsigned long number;
    if (!str) {
        if (!cgv_id_append(root, t, NULL, &number)) return 0;
        *id = (IDTYPE)(2 * number + 3);
        return 1;
    }
    if (t->slotCount) {
        unsigned long j = cgv_hash(str) & (t->slotCount - 1);
        while (t->slots[j]) {
            unsigned long v = t->slots[j];
            if (strcmp(t->names[v - 1], str) == 0) { *id = (IDTYPE)(2 * (v - 1) + 2); return 1; }
            j = (j + 1) & (t->slotCount - 1);
        }
    }
    if (!createflag) return 0;
    if ((t->used + 1) * 2 > t->slotCount && !cgv_id_grow_slots(t)) return 0;
    if (!cgv_id_append(root, t, str, &number)) return 0;
    unsigned long j = cgv_hash(str) & (t->slotCount - 1);
    while (t->slots[j]) j = (j + 1) & (t->slotCount - 1);
    t->slots[j] = number + 1;
    t->used++;
    *id = (IDTYPE)(2 * number + 2);
    return 1;
}

static inline long cgv_id_alloc(void *state, int objtype, IDTYPE request) { (void)state; (void)objtype; (void)request; return 0; }
/* An object is gone: the table keeps its name, and the reference to it, until the graph closes, so the name maps to
   the same ID if it is used again. */
static inline void cgv_id_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }

static inline char *cgv_id_print(void *state, int objtype, IDTYPE id) {
    if (!state || id % 2 == 1 || id == 0) return NULL;
    cgv_id_table *t = &((cgv_id_state *)state)->kinds[objtype > 2 ? 2 : objtype];
    unsigned long number = (unsigned long)(id / 2 - 1);
    return number < t->count ? t->names[number] : NULL;
}

static inline void cgv_id_close(void *state) {
    if (!state) return;
    cgv_id_state *s = (cgv_id_state *)state;
    for (int k = 0; k < 3; k++) {
        for (unsigned long i = 0; i < s->kinds[k].count; i++) if (s->kinds[k].names[i]) agstrfree(s->root, s->kinds[k].names[i]);
        free(s->kinds[k].names);
        free(s->kinds[k].slots);
    }
    free(s);
}

static inline void cgv_id_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

static Agiddisc_t cgv_ordered_ids = { cgv_id_open, cgv_id_map, cgv_id_alloc, cgv_id_free, cgv_id_print, cgv_id_close, cgv_id_register };

/* progress: called with the bytes read so far, about every MiB, when set */
typedef struct {
    const char *data; size_t length, position, reported;
    void (*progress)(void *context, size_t done, size_t total); void *context;
} cgv_reader;

/* As agmemread: a line at a time, so the lexer counts lines as it does for files. */
static inline int cgv_read_line(void *chan, char *buffer, int size) {
    cgv_reader *r = (cgv_reader *)chan;
    if (size == 0 || r->position >= r->length) return 0;
    int n = 0;
    char c;
    do { c = r->data[r->position + n]; buffer[n++] = c; } while (c && c != '\n' && n < size && r->position + n < r->length);
    r->position += n;
    if (r->progress && r->position - r->reported >= (1u << 20)) { r->reported = r->position; r->progress(r->context, r->position, r->length); }
    return n;
}

/* agmemread with cgv_ordered_ids: a NUL-terminated DOT text; `progress` (may be NULL) hears how far it got. */
static inline Agraph_t *cgv_memread_reporting(const char *text, void (*progress)(void *, size_t, size_t), void *context) {
    cgv_reader reader = { text, strlen(text), 0, 0, progress, context };
    /* the graph keeps pointers to its disciplines; callers hold Graphviz's lock */
    static Agiodisc_t io;
    io = AgIoDisc;
    io.afread = cgv_read_line;
    Agdisc_t disc = { &AgMemDisc, &cgv_ordered_ids, &io };
    return agread(&reader, &disc);
}

static inline Agraph_t *cgv_memread(const char *text) { return cgv_memread_reporting(text, NULL, NULL); }
#endif
