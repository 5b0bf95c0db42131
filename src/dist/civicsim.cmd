@echo off
rem The civicsim launcher of a release on Windows: civicsim COMMAND [OPTIONS]
rem Runs lib\civicsim.jar with the java on PATH; extra JVM options in CIVICSIM_JAVA_OPTS.
java %CIVICSIM_JAVA_OPTS% -jar "%~dp0lib\civicsim.jar" %*
