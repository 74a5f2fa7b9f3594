package fr.mediation.directory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexSorter;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies of the venues' index with another order of documents, to measure what the order costs
 * the same search: the same documents merged into one segment, in their order ({@code merged}) or
 * sorted by place ({@code place}: cells of 0.05 degree row after row, the order of the directory's
 * {@code PlaceOrder}). Written once beside the index, {@code INDEX-merged} and {@code INDEX-place}.
 */
final class PlaceLayout {

  private static final String LOCATION = "location";

  private PlaceLayout() {}

  /** The folder of {@code index} in {@code layout} ({@code original}: the index itself). */
  static Path copy(Path index, String layout) throws IOException {
    if ("original".equals(layout)) {
      return index;
    }
    if (!"merged".equals(layout) && !"place".equals(layout)) {
      throw new IllegalArgumentException("layout: original, merged or place, not " + layout);
    }
    // The place layout is the merged copy, sorted: both one segment of the same documents.
    Path merged = index.resolveSibling(index.getFileName() + "-merged");
    Path target = index.resolveSibling(index.getFileName() + "-" + layout);
    if (!Files.exists(merged.resolve("done"))) {
      write(index, merged, null);
    }
    if ("place".equals(layout) && !Files.exists(target.resolve("done"))) {
      write(merged, target, new Sort(new PlaceSortField()));
    }
    return target;
  }

  /** Writes the documents of {@code source} into one segment at {@code target}, sorted if asked. */
  private static void write(Path source, Path target, Sort sort) throws IOException {
    long start = System.nanoTime();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(source));
        FSDirectory out = FSDirectory.open(target);
        IndexWriter writer =
            new IndexWriter(
                out, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      List<CodecReader> leaves = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        CodecReader codec = (CodecReader) leaf.reader();
        leaves.add(sort == null ? codec : SortingCodecReader.wrap(codec, sort));
      }
      writer.addIndexes(leaves.toArray(CodecReader[]::new));
      writer.forceMerge(1);
      writer.commit();
    }
    Files.createFile(target.resolve("done"));
    System.out.printf("%nWrote %s in %.1f s%n", target, (System.nanoTime() - start) / 1e9);
  }

  /** The cell of a position (encoded as Lucene's LatLonDocValuesField): its row, then column. */
  static long cell(long encoded) {
    double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
    double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
    return (long) Math.floor((lat + 90) * 20) * 10_000L + (long) Math.floor((lon + 180) * 20);
  }

  /** Documents by the cell of their position; those without one last. */
  private static final class PlaceSortField extends SortField {

    PlaceSortField() {
      super(LOCATION, SortField.Type.CUSTOM);
    }

    @Override
    public IndexSorter getIndexSorter() {
      return new IndexSorter() {
        @Override
        public ComparableProvider[] getComparableProviders(List<? extends LeafReader> readers) {
          throw new UnsupportedOperationException("only to sort one reader");
        }

        @Override
        public DocComparator getDocComparator(LeafReader reader, int maxDoc) throws IOException {
          long[] keys = new long[maxDoc];
          Arrays.fill(keys, Long.MAX_VALUE);
          SortedNumericDocValues values = reader.getSortedNumericDocValues(LOCATION);
          if (values != null) {
            for (int doc = values.nextDoc();
                doc != SortedNumericDocValues.NO_MORE_DOCS;
                doc = values.nextDoc()) {
              keys[doc] = cell(values.nextValue());
            }
          }
          return (a, b) -> Long.compare(keys[a], keys[b]);
        }

        @Override
        public String getProviderName() {
          return "place";
        }
      };
    }
  }
}
