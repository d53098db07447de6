package org.ektefaa.platform.api.protect;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ServiceLoader;

/**
 * Stores a string column sealed by {@link PersonalData}: {@code @Convert(converter = Encrypted.class)}. Pair it with
 * a lookup-hash column when the value must be found or kept unique.
 *
 * <p>The persistence provider creates converters itself, so this one asks CDI for the {@link PersonalData} bean;
 * where no CDI container runs (a module's own query tests on Java SE), it takes the implementation named in
 * {@code META-INF/services} instead.
 */
@Converter
public class Encrypted implements AttributeConverter<String, String> {

    private volatile PersonalData data;

    @Override
    public String convertToDatabaseColumn(String plain) {
        return data().seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return data().open(stored);
    }

    private PersonalData data() {
        PersonalData found = data;
        if (found == null) {
            found = lookUp();
            data = found;
        }
        return found;
    }

    private static PersonalData lookUp() {
        try {
            return CDI.current().select(PersonalData.class).get();
        } catch (IllegalStateException noContainer) {
            return ServiceLoader.load(PersonalData.class, Encrypted.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> noContainer);
        }
    }
}
