package org.ektefaa.platform.api.protect;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a string column encrypted by {@link FieldProtection}: {@code @Convert(converter = Encrypted.class)}.
 * Pair it with a lookup-hash column when the value must be found or kept unique.
 */
@Converter
public class Encrypted implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return FieldProtection.configured().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return FieldProtection.configured().decrypt(stored);
    }
}
