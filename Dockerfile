# syntax=docker/dockerfile:1
# Two stages: Maven builds the shaded jar; the runtime image holds only a JRE, the jar and the seed articles.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schemas ./schemas
COPY src ./src
# the cache mount keeps ~/.m2 between builds, so a code change does not download the dependencies again
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app claimstream \
    && mkdir -p /app /var/lib/claimstream && chown claimstream /var/lib/claimstream
WORKDIR /app
COPY --from=build /src/target/claimstream.jar /app/claimstream.jar
COPY seeds /app/seeds
ENV CLAIMSTREAM_STATE_DIR=/var/lib/claimstream
USER claimstream
ENTRYPOINT ["java", "-jar", "/app/claimstream.jar"]
CMD ["--help"]
