package org.alliance.api;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * Binds JSON strictly: a value is accepted only in its own type, so a number is never
 * read as text or as a date (an epoch day), text never as a number, a fraction never as a
 * whole number, and a number too large for its field is refused rather than wrapped. A
 * name given twice in one object, an unknown name, and text holding control characters (a
 * NUL byte, an escape) are refused too. Each refusal names the field (see
 * {@code ApiProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	/**
	 * What one request may hold, well above any real request and far below Jackson's
	 * defaults (20 million characters of text, 1,000 digits, 500 levels): the longest
	 * text field is a 4,000-character note, the longest number an instant, the deepest
	 * body three levels (Jackson's {@code StreamReadConstraints},
	 * https://github.com/FasterXML/jackson-core#processing-limits). The document length
	 * repeats the body cap of {@link RequestBodyCap} for what reaches the mapper by
	 * another way.
	 */
	static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
		.maxStringLength(100_000)
		.maxNameLength(200)
		.maxNumberLength(40)
		.maxNestingDepth(32)
		.maxTokenCount(100_000)
		.maxDocumentLength(1024 * 1024)
		.build();

	/**
	 * Spring Boot's mapper builder, on a factory with {@link #LIMITS}: the limits belong
	 * to the factory, which a builder customizer cannot replace. Every customizer still
	 * applies, in its order.
	 */
	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	@Bean
	JsonMapperBuilderCustomizer strictBinding() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.defaultLeniency(false)
			.withCoercionConfigDefaults((config) -> config.setAcceptBlankAsEmpty(false)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(new SimpleModule("alliance-strict-text").addDeserializer(String.class, new PlainText()));
	}

	/**
	 * Text as the client wrote it, refused when it is not a JSON string or holds a
	 * control character other than tab and line breaks (see
	 * {@link FieldRules#controlCharacterIn}).
	 */
	static final class PlainText extends StdScalarDeserializer<String> {

		PlainText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (FieldRules.controlCharacterIn(text)) {
				throw InvalidFormatException.from(parser, "Text must not hold control characters.", text, String.class);
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

}
