package io.claimstream.stream;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for all the RocksDB stores of the process, as Kafka Streams' memory-management guide describes:
 * by default each store instance has its own block cache (50 MB) and up to three 16 MB memtables, so that the
 * topology's stores, times their partitions, could take gigabytes off the heap. Here every store shares one block
 * cache of {@value #TOTAL_MB} MB that also accounts for the memtables, index and filter blocks.
 */
public final class BoundedRocksDb implements RocksDBConfigSetter {
    static final long TOTAL_MB = 96;
    private static final long TOTAL = TOTAL_MB * 1024 * 1024;
    private static final long MEMTABLES = TOTAL / 3;
    private static final long MEMTABLE = 8L * 1024 * 1024;

    // shared by every store of the process; the stores come and go, the budget stays
    private static final Cache CACHE = new LRUCache(TOTAL, -1, false, 0.1);
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE);
        options.setMaxWriteBufferNumber(2);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are the process's, not this store's: they are not closed here
    }
}
