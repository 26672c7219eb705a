package se.samverka.teams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;

/**
 * Reads the Teams registrations from one variable, {@code SAMVERKA_TEAMS_REGISTRATIONS},
 * as a JSON array instead of the indexed {@code SAMVERKA_TEAMS_REGISTRATIONS_<n>_…} ones:
 * {@code [{"appId":"…","appPassword":"…","appType":"SingleTenant","tenantId":"…"}]} (the
 * field names also as {@code app-id}, {@code APP_ID} …). A mistake in it is a
 * configuration error that names the field, never a value: it is not thrown here, where
 * Spring's start-up report would print the whole variable with its secrets, but by
 * {@link TeamsSettings#allRegistrations()}.
 */
@ConfigurationPropertiesBinding
class TeamsRegistrationsJson implements ConditionalGenericConverter {

	private static final Set<String> FIELDS = Set.of("appid", "apppassword", "apptype", "tenantid");

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, List.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		TypeDescriptor element = targetType.getElementTypeDescriptor();
		return element != null && element.getType() == TeamsRegistration.class;
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		try {
			return parse((String) source);
		}
		catch (IllegalArgumentException ex) {
			return List.of(TeamsRegistration.unreadable(ex.getMessage()));
		}
	}

	static List<TeamsRegistration> parse(String json) {
		if (json.isBlank()) {
			return List.of();
		}
		JsonNode array;
		try {
			array = Serialization.jsonToTree(json);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("SAMVERKA_TEAMS_REGISTRATIONS is not JSON");
		}
		if (array == null || !array.isArray()) {
			throw new IllegalArgumentException("SAMVERKA_TEAMS_REGISTRATIONS must be a JSON array of registrations");
		}
		List<TeamsRegistration> registrations = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode entry = array.get(i);
			if (!entry.isObject()) {
				throw new IllegalArgumentException("SAMVERKA_TEAMS_REGISTRATIONS[" + i + "] is not an object");
			}
			Map<String, String> fields = new HashMap<>();
			int index = i;
			entry.fields().forEachRemaining(field -> {
				String name = field.getKey().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
				if (!FIELDS.contains(name)) {
					throw new IllegalArgumentException("SAMVERKA_TEAMS_REGISTRATIONS[" + index
							+ "] has an unknown field " + field.getKey() + " (appId, appPassword, appType, tenantId)");
				}
				fields.put(name, field.getValue().asText(""));
			});
			registrations.add(new TeamsRegistration(fields.get("appid"), fields.get("apppassword"),
					fields.get("apptype"), fields.get("tenantid")));
		}
		return List.copyOf(registrations);
	}

}
