import streamlit as st

st.title("import_file")
