package io.claimstream.registry;

/**
 * Layout of a record value in Confluent's wire format: a magic byte, the writer schema's id as a
 * 4-byte big-endian int, then the Avro binary encoding. Sharing it lets claimstream read topics
 * written by Confluent's serializers and the other way round.
 */
final class ConfluentWireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 1 + Integer.BYTES;

    private ConfluentWireFormat() {}
}
