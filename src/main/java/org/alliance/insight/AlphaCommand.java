package org.alliance.insight;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.alliance.insight.internal.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance alpha}: Cronbach's alpha of a scale in a CSV file, with item-total
 * statistics and alpha if an item is dropped.
 */
@Command(name = "alpha", mixinStandardHelpOptions = true,
		description = "Cronbach's alpha (listwise) with item-total statistics for items in a CSV file.")
public class AlphaCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, description = "CSV file with a header line")
	Path data;

	@Option(names = "--items", required = true, split = ",", description = "item columns, e.g. A1,A2,A3")
	List<String> items;

	@Option(names = "--reverse", split = ",", description = "items to reverse-score as min + max - x")
	List<String> reverse = List.of();

	@Option(names = "--scale-min", required = true, description = "lowest response option")
	double scaleMin;

	@Option(names = "--scale-max", required = true, description = "highest response option")
	double scaleMax;

	@Option(names = "--missing", split = ",", paramLabel = "CODE",
			description = "values that code a missing answer, e.g. 99 or -9,99 (repeatable); any other value"
					+ " outside the scale is refused")
	List<Double> missing = List.of();

	@Option(names = "--json", description = "print JSON")
	boolean json;

	@Mixin
	CsvOptions csv = new CsvOptions();

	public AlphaCommand() {
	}

	@Override
	public Integer call() {
		try {
			DataTable table = this.csv.read(this.data, this.items, "alpha", this.spec.commandLine().getErr());
			CronbachAlpha.Result result = CronbachAlpha.of(table, this.items, new HashSet<>(this.reverse),
					new ResponseScale(this.scaleMin, this.scaleMax, new HashSet<>(this.missing)));
			result.warnings()
				.forEach((warning) -> this.spec.commandLine().getErr().println("alpha: warning: " + warning));
			this.spec.commandLine().getErr().flush();
			PrintWriter out = this.spec.commandLine().getOut();
			out.print(this.json ? json(result) + "\n" : text(result));
			out.flush();
			return 0;
		}
		catch (InvalidInputException ex) {
			this.spec.commandLine().getErr().println("alpha: " + ex.getMessage());
			this.spec.commandLine().getErr().flush();
			return 1;
		}
	}

	private static String text(CronbachAlpha.Result result) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Reliability analysis (Cronbach's alpha, listwise)%n%n"));
		out.append(String.format(Locale.ROOT, " raw_alpha std.alpha    n dropped%n"));
		out.append(String.format(Locale.ROOT, " %9.4f %9.4f %4d %7d%n%n", result.alpha(), result.standardizedAlpha(),
				result.completeRows(), result.droppedRows()));
		out.append(String.format(Locale.ROOT, "Item statistics%n"));
		out.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s %14s%n", "item", "mean", "sd", "r.drop",
				"alpha if drop"));
		for (CronbachAlpha.ItemStatistics item : result.items()) {
			out.append(String.format(Locale.ROOT, "%-12s %8.4f %8.4f %8.4f %14.4f%n",
					item.name() + (item.reversed() ? "-" : ""), item.mean(), item.standardDeviation(),
					item.correctedItemTotal(), item.alphaIfDropped()));
		}
		out.append(String.format(Locale.ROOT, "(items marked - were reverse-scored)%n"));
		for (String warning : result.warnings()) {
			out.append("Warning: ").append(warning).append('\n');
		}
		return out.toString();
	}

	private static String json(CronbachAlpha.Result result) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("alpha").value(result.alpha());
		json.name("standardizedAlpha").value(result.standardizedAlpha());
		json.name("n").value(result.completeRows());
		json.name("droppedRows").value(result.droppedRows());
		json.name("items").beginArray();
		for (CronbachAlpha.ItemStatistics item : result.items()) {
			json.beginObject();
			json.name("item").value(item.name());
			json.name("reversed").value(item.reversed());
			json.name("mean").value(item.mean());
			json.name("sd").value(item.standardDeviation());
			json.name("rDrop").value(item.correctedItemTotal());
			json.name("alphaIfDropped").value(item.alphaIfDropped());
			json.endObject();
		}
		json.endArray();
		json.name("constantItems").beginArray();
		result.constantItems().forEach(json::value);
		json.endArray();
		json.name("warnings").beginArray();
		result.warnings().forEach(json::value);
		json.endArray();
		return json.endObject().toString();
	}

}
