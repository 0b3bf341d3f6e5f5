/* The libcmark-gfm floor: what rendering the corpus costs with nothing else around it.
 *
 *     cmark-floor -o OUT FILE.md...
 *
 * For each Markdown file: read it, skip a YAML front matter block (a first line "---" up
 * to the next line "---"), parse and render the rest with the extensions Tandem attaches
 * (table, strikethrough, autolink, tagfilter, tasklist; footnotes on), and write
 * OUT/<FILE without .md>.html (folders made as needed). No templates, links or indexes:
 * Benchmarks/run reports Tandem's time over this one. Parsing is serial in one process,
 * as libcmark-gfm requires (see TECH.md); Benchmarks/run starts two processes.
 *
 * Build: cc -O2 -o cmark-floor cmark-floor.c -lcmark-gfm-extensions -lcmark-gfm
 */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    size_t capacity = 8192, used = 0;
    char *data = malloc(capacity);
    size_t got;
    while (data && (got = fread(data + used, 1, capacity - used, file)) > 0) {
        used += got;
        if (used == capacity) {
            capacity *= 2;
            char *grown = realloc(data, capacity);
            if (!grown) { free(data); data = NULL; }
            else data = grown;
        }
    }
    fclose(file);
    *length = used;
    return data;
}

/* The offset where the Markdown starts: after the closing "---" line of a front matter block. */
static size_t body_start(const char *text, size_t length) {
    if (length < 4 || strncmp(text, "---", 3) != 0 || (text[3] != '\n' && text[3] != '\r')) return 0;
    size_t line = 0;
    while (line < length) {
        const char *end = memchr(text + line, '\n', length - line);
        size_t next = end ? (size_t)(end - text) + 1 : length;
        if (line > 0 && next - line >= 3 && strncmp(text + line, "---", 3) == 0) {
            size_t rest = line + 3;
            while (rest < next && (text[rest] == ' ' || text[rest] == '\r' || text[rest] == '\n')) rest++;
            if (rest == next) return next;
        }
        line = next;
    }
    return 0;
}

static int make_parents(char *path) {
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        int failed = mkdir(path, 0755) != 0 && errno != EEXIST;
        *slash = '/';
        if (failed) return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3 || strcmp(argv[1], "-o") != 0) {
        fprintf(stderr, "usage: cmark-floor -o OUT FILE.md...\n");
        return 2;
    }
    const char *out = argv[2];
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
    int status = 0;
    cmark_gfm_core_extensions_ensure_registered();
    for (int i = 3; i < argc; i++) {
        size_t length = 0;
        char *text = read_file(argv[i], &length);
        if (!text) { perror(argv[i]); status = 1; continue; }
        size_t start = body_start(text, length);
        cmark_parser *parser = cmark_parser_new(options);
        for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
            cmark_syntax_extension *extension = cmark_find_syntax_extension(names[n]);
            if (extension) cmark_parser_attach_syntax_extension(parser, extension);
        }
        cmark_parser_feed(parser, text + start, length - start);
        cmark_node *document = cmark_parser_finish(parser);
        char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
        size_t name_length = strlen(argv[i]);
        if (name_length > 3 && strcmp(argv[i] + name_length - 3, ".md") == 0) name_length -= 3;
        char *target = malloc(strlen(out) + name_length + 7);
        sprintf(target, "%s/%.*s.html", out, (int)name_length, argv[i]);
        FILE *file = NULL;
        if (make_parents(target) == 0) file = fopen(target, "wb");
        if (!file || fwrite(html, 1, strlen(html), file) != strlen(html)) { perror(target); status = 1; }
        if (file) fclose(file);
        free(target);
        free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
        free(text);
    }
    return status;
}
