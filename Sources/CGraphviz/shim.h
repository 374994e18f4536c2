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

/* cgraph's lexer keeps its input buffer between parses: text after the first graph of one agmemread, or what follows
   a syntax error, is read at the start of the next parse. aglexbad() flushes that buffer (YY_FLUSH_BUFFER); libcgraph
   exports it in every release since 2.30 but no public header declares it. */
extern void aglexbad(void);
#endif
