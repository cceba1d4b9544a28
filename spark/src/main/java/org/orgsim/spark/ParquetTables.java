package org.orgsim.spark;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.orgsim.results.Manifest;
import org.orgsim.results.OutputContribution;
import org.orgsim.results.Results;

/**
 * Writes {@code runs.parquet}, {@code timeseries.parquet} and {@code sweep.parquet} next to the CSV
 * files of the same name: the same rows in the same order, with typed columns (docs/contract.md).
 *
 * <p>Each table is streamed row by row from the CSV file the driver has just written into a Parquet
 * file (Parquet's own writer, the one Spark bundles, on the local file system): no table is ever
 * held in memory, whatever the size of the sweep, the Parquet holds exactly what the CSV holds, and
 * no Spark job is needed for a file on the driver's disk.
 */
final class ParquetTables implements OutputContribution {
    /** The tables written as Parquet, by the name of their CSV file. */
    static final List<String> TABLES = List.of("runs", "timeseries", "sweep");
    /** Text columns; the others are whole numbers ({@link #WHOLE}) or decimals. */
    private static final Set<String> TEXT = Set.of("variant", "metric");
    private static final Set<String> WHOLE = Set.of("replication", "week", "point");
    private static final CsvMapper CSV = new CsvMapper();

    @Override
    public void writeInto(Path directory, Results results, Manifest manifest) throws IOException {
        for (String table : TABLES) {
            Path csv = directory.resolve(table + ".csv");
            if (Files.exists(csv)) {
                convert(csv, directory.resolve(table + ".parquet"));
            }
        }
    }

    /**
     * The Parquet schema of a CSV results table: its header's columns in order, {@code variant} and
     * {@code metric} as required UTF-8 strings, {@code replication}, {@code week} and {@code point}
     * as required 32-bit integers, every other column an optional double (null where the CSV cell is
     * empty).
     */
    static MessageType schema(String table, String[] header) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (String column : header) {
            if (TEXT.contains(column)) {
                message.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
            } else if (WHOLE.contains(column)) {
                message.required(PrimitiveTypeName.INT32).named(column);
            } else {
                message.optional(PrimitiveTypeName.DOUBLE).named(column);
            }
        }
        return message.named(table);
    }

    private static void convert(Path csv, Path parquet) throws IOException {
        String table = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv.toFile())) {
            if (!rows.hasNext()) {
                throw new IOException(csv + " has no header");
            }
            String[] header = rows.next();
            MessageType schema = schema(table, header);
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(parquet))
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.CREATE)
                    .build()) {
                long line = 1;
                while (rows.hasNext()) {
                    String[] fields = rows.next();
                    line++;
                    if (fields.length != header.length) {
                        throw new IOException(csv + ":" + line + ": " + fields.length + " fields, the header has "
                                + header.length);
                    }
                    writer.write(row(groups.newGroup(), header, fields));
                }
            }
        }
    }

    private static Group row(Group group, String[] header, String[] fields) {
        for (int column = 0; column < header.length; column++) {
            String name = header[column];
            String text = fields[column];
            if (TEXT.contains(name)) {
                group.append(name, text);
            } else if (WHOLE.contains(name)) {
                group.append(name, Integer.parseInt(text));
            } else if (!text.isEmpty()) {
                group.append(name, Double.parseDouble(text));
            }
        }
        return group;
    }
}
